#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// printf-style formatting ("%.1f ms"), as Foundation's `String(format:)`
/// gives it, without Foundation: the benchmark's `--concord` mode must load
/// no more than `concord` does.
enum CFormat {
    static func string(_ format: String, _ arguments: CVarArg...) -> String {
        withVaList(arguments) { list in
            var buffer = [CChar](repeating: 0, count: 256)
            _ = vsnprintf(&buffer, buffer.count, format, list)
            let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}
