import Testing

/// Every command's `--help`, compared with `Snapshots/<command>.help.txt`.
@Suite struct HelpSnapshotTests {
    @Test(arguments: [[], ["extract"], ["explain"], ["eval"], ["rules"], ["rules", "test"], ["rules", "lint"]])
    func helpMatchesItsSnapshot(command: [String]) throws {
        let r = try CommandRunner.run(command + ["--help"])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        let name = (["newsgraph"] + command).joined(separator: "-") + ".help.txt"
        Snapshot.expect(r.stdout, matches: name)
    }
}
