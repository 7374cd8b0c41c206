/// What a GraphML file carries besides plain GraphML.
///
/// `plain`: schema-valid GraphML. `yed`: also yFiles node and edge graphics with
/// the labels, so yEd shows them on opening (not schema-valid: see `GraphMLWriter`).
public enum GraphMLFlavor: String, CaseIterable, Sendable {
    case plain
    case yed
}
