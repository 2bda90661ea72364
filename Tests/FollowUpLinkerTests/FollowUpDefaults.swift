import DocGraphKit
import FollowUpLinker

/// The linker and its default options, as a run without `docgraph.yaml` has them.
enum FollowUpDefaults {
    static let linker = FollowUpLinker()
    static var options: Properties { linker.manifest.options }
}
