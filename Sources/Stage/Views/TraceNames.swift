import Messages
import Trace

/// Names for actors and resources as the views print them: sanitised, since they come
/// from the demo, and short, since every column counts.
extension TraceState {
    /// The declared name, or `actor#N` when unnamed or undeclared.
    func displayName(of actor: ActorID) -> String {
        guard let name = self.actor(actor)?.actor.name, !name.isEmpty else { return actor.description }
        return ViewText.singleLine(name)
    }

    /// The name plus the pid for processes, which is what `ps` would show.
    func laneLabel(of actor: ActorID) -> String {
        let name = displayName(of: actor)
        guard let declared = self.actor(actor)?.actor, declared.kind == .process, let pid = declared.pid
        else {
            return name
        }
        return "\(name) pid \(pid)"
    }

    /// The lane label in at most `width` columns: the name is cut before the pid, which is
    /// what a lesson about processes points at.
    func laneLabel(of actor: ActorID, fitting width: Int) -> String {
        let label = laneLabel(of: actor)
        guard ViewText.width(label) > width, let declared = self.actor(actor)?.actor,
            declared.kind == .process,
            let pid = declared.pid
        else { return label }
        let suffix = " pid \(pid)"
        let room = width - ViewText.width(suffix)
        guard room >= 4 else { return label }
        return ViewText.truncate(displayName(of: actor), toWidth: room) + suffix
    }

    /// `queue jobs` for named resources, `lock#1` for unnamed ones, `GIL` for an unnamed GIL,
    /// and the name alone when it already says the kind (`lock`, `GIL`, `lock-a`); the kind in
    /// `language`.
    func displayName(of resource: ResourceID, in language: Language) -> String {
        guard let declared = self.resource(resource) else { return resource.description }
        let kind = declared.kind.displayName(in: language)
        if declared.name.isEmpty {
            return declared.kind == .gil ? kind : "\(kind)#\(resource.rawValue)"
        }
        let name = ViewText.singleLine(declared.name)
        return declared.kind.isNamed(by: declared.name) ? name : "\(kind) " + name
    }
}
