/// The people, places and bodies one generated document uses: each slot key of the templates
/// gets its replacement the first time it is met, and keeps it for the rest of the document,
/// so "Councillor Jane Smith" and later "Cllr Smith" stay one person.
struct DocumentCast {
    private var random: SeededGenerator
    private var people: [String: (first: String, last: String)] = [:]
    private var places: [String: String] = [:]
    /// The document's date: its year and month (0 for January).
    let year: Int
    let month: Int

    init(random: SeededGenerator, year: Int, month: Int) {
        self.random = random
        self.year = year
        self.month = month
    }

    /// The text of a template piece in this document.
    mutating func fill(_ piece: TemplatePiece, into output: inout String) {
        switch piece {
        case .text(let text):
            output += text
        case .place(let key):
            output += place(for: key)
        case .person(let key, let title, let words):
            let name = person(for: key)
            if !title.isEmpty { output += title + " " }
            output += words >= 2 ? name.first + " " + name.last : name.last
        case .organisation(let key, let tail):
            output += place(for: key) + " " + tail
        case .month(let index):
            output += TemplateWords.months[(index + month + 12 - 2) % 12]
        case .year(let offset):
            output += String(year + offset)
        }
    }

    mutating func place(for key: String) -> String {
        if let known = places[key] { return known }
        let made = NamePools.place(&random)
        places[key] = made
        return made
    }

    mutating func person(for key: String) -> (first: String, last: String) {
        if let known = people[key] { return known }
        let made = NamePools.person(&random)
        people[key] = made
        return made
    }

    mutating func draw(below bound: Int) -> Int {
        random.below(bound)
    }
}
