/// The programs a reviewer would otherwise use to see what changed between
/// two versions of a policy, run on the same files in the same run.
struct Peer {
    var name: String
    var program: String
    var arguments: [String]

    static let all = [
        Peer(name: "git diff --no-index --word-diff=porcelain", program: "git",
             arguments: ["diff", "--no-index", "--no-color", "--word-diff=porcelain"]),
        Peer(name: "diff -u", program: "diff", arguments: ["-u"]),
    ]

    /// The peers found on this machine, with their paths.
    static func available() -> [(peer: Peer, path: String)] {
        all.compactMap { peer in ChildProcess.find(peer.program).map { (peer, $0) } }
    }
}
