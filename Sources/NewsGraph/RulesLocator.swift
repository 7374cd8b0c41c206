import Foundation

/// Finds the rules directory to use when none is given: `$NEWSGRAPH_RULES`,
/// else the `Rules/` of the checkout the executable was built in (found by
/// walking up from the executable), else `./Rules`.
public enum RulesLocator {
    public static func defaultDirectory(executable: String = CommandLine.arguments.first ?? "") -> String {
        if let env = ProcessInfo.processInfo.environment["NEWSGRAPH_RULES"], !env.isEmpty { return env }
        var dir = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = dir.appendingPathComponent("Rules")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("zh").path) { return candidate.path }
            dir = dir.deletingLastPathComponent()
        }
        return "Rules"
    }
}
