/// Exit codes: 0 success, 1 findings or failure, 64 usage error.
public enum ExitCode {
    public static let success: Int32 = 0
    public static let failure: Int32 = 1
    public static let trouble: Int32 = 2
    public static let usage: Int32 = 64
}
