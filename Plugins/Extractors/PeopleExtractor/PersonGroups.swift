import DocGraphKit

/// Groups one document's findings into people: every finding gets the full name of the person
/// it names, or none when it names nobody the document identifies.
///
/// - A first name alone refers to the nearest full name before it with that first name (or
///   the first one after); a surname alone, to the one full name with that surname (to none
///   when two people of the document share it).
/// - Two spellings of one name a letter apart ("Smith", "Smyth") with the same first name
///   are one person when they share a title or a role; the spelling seen more often wins.
/// - A first name after a family word ("dad Jeff") with no full name is a person of its own.
/// - A name of two ordinary words ("Grant Scheme") counts only with support: a title, a role,
///   or another name beside it; a name that opens a body's name ("Amber Vale District Council")
///   is a place.
struct PersonGroups {
    /// The full name of each finding, by its index; `nil` when it names nobody.
    private(set) var names: [String?]

    /// - Parameters:
    ///   - findings: the document's findings, in text order.
    ///   - placeNames: normalised names the document uses to open a body's name ("Amber Vale"
    ///     of "Amber Vale District Council"): a place, not a person, whatever its shape.
    init(findings: [FoundPerson], placeNames: Set<String> = []) {
        var names = [String?](repeating: nil, count: findings.count)
        let full = findings.indices.filter { findings[$0].form == .full }
        var counts: [String: Int] = [:]
        for index in full { counts[NameKey.normalise(findings[index].name), default: 0] += 1 }
        for index in full {
            let finding = findings[index]
            let supported = !finding.isWeak || !finding.titles.isEmpty || !finding.roles.isEmpty
            if supported, !placeNames.contains(NameKey.normalise(finding.name)) { names[index] = finding.name }
        }
        // Spelling variants: the less frequent joins the more frequent.
        for index in full {
            guard let name = names[index] else { continue }
            let variant = full.first { other in
                guard other != index, let otherName = names[other] else { return false }
                let mine = findings[index]
                let theirs = findings[other]
                guard mine.given != nil, mine.given?.lowercased() == theirs.given?.lowercased(),
                      let surname = mine.surname, let otherSurname = theirs.surname, surname.count >= 4,
                      EditDistance.between(surname.lowercased(), otherSurname.lowercased()) == 1,
                      Self.shareContext(mine, theirs) else { return false }
                let myCount = counts[NameKey.normalise(name)] ?? 0
                let theirCount = counts[NameKey.normalise(otherName)] ?? 0
                return theirCount > myCount || theirCount == myCount && other < index
            }
            if let variant, let target = names[variant] { names[index] = target }
        }
        for (index, finding) in findings.enumerated() where finding.form != .full {
            let candidates = full.filter { candidate in
                guard names[candidate] != nil else { return false }
                switch finding.form {
                case .given, .kin:
                    return findings[candidate].given?.lowercased() == finding.given?.lowercased()
                case .surname:
                    return findings[candidate].surname?.lowercased() == finding.surname?.lowercased()
                case .full:
                    return false
                }
            }
            let before = candidates.filter { findings[$0].words.lowerBound < finding.words.lowerBound }
            // A surname shared by two people of the document names neither.
            let people = Set(candidates.compactMap { names[$0].map(NameKey.normalise) })
            if finding.form == .surname, people.count > 1 { continue }
            if let chosen = before.last ?? candidates.first {
                names[index] = names[chosen]
            } else if finding.form == .kin || finding.form == .surname && !finding.titles.isEmpty {
                names[index] = finding.name
            }
        }
        self.names = names
    }

    /// True when two findings share a title or a role (compared without case).
    static func shareContext(_ one: FoundPerson, _ other: FoundPerson) -> Bool {
        let mine = Set((one.titles + one.roles.map(\.title)).map { $0.lowercased() })
        let theirs = Set((other.titles + other.roles.map(\.title)).map { $0.lowercased() })
        return !mine.isDisjoint(with: theirs)
    }
}
