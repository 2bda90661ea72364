import DocGraphPipeline

/// Renders an ``EntityReport`` as text for `docgraph show`.
enum ShowReport {
    static func render(_ report: EntityReport) -> String {
        var lines = ["\(report.name) (\(report.label)\(report.kind.map { ", \($0)" } ?? ""))"]
        if !report.aliases.isEmpty { lines.append("  aliases: \(report.aliases.joined(separator: ", "))") }
        if !report.titles.isEmpty { lines.append("  titles: \(report.titles.joined(separator: ", "))") }
        let unattached = report.statedRoles.filter { title in !report.roles.contains { $0.title == title } }
        if !unattached.isEmpty { lines.append("  roles stated: \(unattached.joined(separator: ", "))") }
        if !report.roles.isEmpty {
            lines.append("  roles:")
            for role in report.roles {
                let holder = report.label == "Person" ? "" : "\(role.person): "
                lines.append("    \(holder)\(role.title) at \(role.organisation) (\(role.document))")
                lines.append("      \"\(role.quote)\"")
            }
        }
        lines.append("  seen as:")
        for sighting in report.sightings {
            let times = sighting.count == 1 ? "" : " (\(sighting.count) times)"
            lines.append("    \"\(sighting.variant)\" in \(sighting.document)\(times)")
            lines.append("      \(sighting.context)")
        }
        return lines.joined(separator: "\n")
    }
}
