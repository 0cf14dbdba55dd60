/// The formats `render` lays a policy out in.
public enum RenderFormat: String, CaseIterable, Sendable {
    case md
    case html
    case txt
}
