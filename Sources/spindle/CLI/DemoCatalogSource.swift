import Lessons

/// The demo catalogue the linter and the REPL check lessons against. No demo module is part of
/// this build yet, so demo names and parameters are not checked; the demos module fills this in.
enum DemoCatalogSource {
    static let current: (any DemoCatalog)? = nil
}
