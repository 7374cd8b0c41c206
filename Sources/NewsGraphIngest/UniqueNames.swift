/// Hands out document names unique within a run, in input order: a taken name
/// gets the first free `-2`, `-3`, … suffix. `graph` (the merged output) is taken from the start.
public struct UniqueNames: Sendable {
    var taken: Set<String> = ["graph"]

    public init() {}

    public mutating func claim(_ base: String) -> String {
        if taken.insert(base).inserted { return base }
        var n = 2
        while !taken.insert("\(base)-\(n)").inserted { n += 1 }
        return "\(base)-\(n)"
    }
}
