import Foundation

/// Headless Chromium, to look at the HTML pages as a reader's browser lays
/// them out. Found as `$CONCORD_CHROMIUM` (which, when set, is the only
/// place looked at) or on the `PATH` (Debian's `chromium` package); each run
/// gets its own profile folder.
struct Browser {
    let executable: String

    static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    static let found: Browser? = {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["CONCORD_CHROMIUM"] {
            return FileManager.default.isExecutableFile(atPath: path) ? Browser(executable: path) : nil
        }
        for folder in (environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            for name in names where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return Browser(executable: "\(folder)/\(name)")
            }
        }
        return nil
    }()

    static let missing = """
        no Chromium found, so the HTML pages were not checked in a browser: \
        install it (Debian: apt-get install -y chromium) or set CONCORD_CHROMIUM; .ci/run installs it
        """

    /// Runs the browser headless on `arguments` and returns its standard
    /// output. Sandboxing is off (CI runs as root) and files may read
    /// files, so that a probe page can look into the page it frames.
    @discardableResult
    func run(_ arguments: [String], profile: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--allow-file-access-from-files", "--user-data-dir=\(profile)", "--virtual-time-budget=10000",
        ] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
