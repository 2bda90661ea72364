/// The general words the template builder uses to tell names, places, bodies and dates apart
/// in a seed paragraph: titles, organisation words, calendar words and capitalised function
/// words. Only general English and public-sector vocabulary, no names.
enum TemplateWords {
    /// Titles and ranks written before a name; a run of them is kept as the person's title.
    static let titles: Set<String> = [
        "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Baroness", "Professor", "Prof",
        "Councillor", "Cllr", "Alderman", "Mayor", "Reverend", "Rev", "Inspector", "Insp", "Sergeant", "Sgt",
        "PC", "PCSO", "Constable", "Chief", "Superintendent", "Supt", "Assistant", "Deputy", "Detective",
        "Commissioner", "Commander", "Officer", "Head", "Director", "Chair", "Chairman", "Secretary", "Minister",
        "Cabinet", "Member", "Portfolio", "Holder", "Manager", "Founder", "Co", "Dad", "Mum", "Rt", "Hon", "Right",
        "Honourable", "PCC", "Advisor", "Adviser", "Coordinator", "Co-ordinator", "Co-coordinator", "Vice-Chair",
    ]

    /// Letters written after a name (MP, OBE), kept as they are after the generated name.
    static let postNominals: Set<String> = ["MP", "TD", "OBE", "MBE", "CBE", "QPM", "KC", "QC", "JP", "DL", "MEP", "MSP"]

    /// Words that make up the name of a body after its place: "District Council", "Fire and
    /// Rescue Service".
    static let organisationWords: Set<String> = [
        "Police", "Constabulary", "Council", "Borough", "County", "District", "City", "Town", "Parish", "Fire",
        "Rescue", "Service", "Services", "Agency", "Authority", "Commission", "Office", "Department", "Trust",
        "Foundation", "Charity", "Association", "Society", "Federation", "Union", "Club", "Institute",
        "Committee", "Board", "Panel", "Partnership", "Alliance", "University", "College", "School", "Academy",
        "Group", "Unit", "Team", "Network", "Centre", "Hospital", "Community", "Safety", "Crime", "Rural",
        "Youth", "Health", "Wildlife", "Voluntary", "Action", "Watch", "Forum", "Court", "Executive",
        "Government", "Scheme", "Project", "Cadets", "Commissioners",
    ]

    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// Capitalised words that are not names: sentence openers, pronouns, days, common nouns of
    /// headings.
    static let common: Set<String> = [
        "I", "A", "An", "The", "This", "That", "These", "Those", "It", "Its", "We", "Our", "My", "Me", "You", "Your",
        "He", "She", "They", "Their", "His", "Her", "In", "On", "At", "For", "With", "As", "And", "But", "Or",
        "If", "When", "While", "After", "Before", "During", "Over", "Here", "There", "Last", "Next", "Also",
        "Among", "Elsewhere", "Meanwhile", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday", "Picture", "Pictures", "Please", "Read", "Click", "View", "Copy", "Today", "Yesterday",
        "Tomorrow", "Update", "Monthly", "Annual", "Report", "Plan", "News", "New", "Latest", "From", "To",
        "By", "Of", "All", "Some", "Many", "Most", "One", "Two", "Three", "Four", "Five", "First", "Second",
        "Third", "Appendix", "Summary", "Recently", "Overall", "Finally", "Further", "Following", "Since",
        "Both", "Each", "Every", "Other", "Such", "What", "Which", "Who", "Why", "How", "Where", "Work",
        "Members", "Mr.", "Dear", "Thanks", "Thank", "Yes", "No", "Not", "Now", "So", "Then", "Well",
        "Christmas", "Easter", "UK", "England", "Britain", "British", "English", "National", "Home", "Her",
        "Majesty", "Operation", "Quarter", "Item", "Section", "Table", "Figure", "Page", "Agenda", "Minutes",
    ]

    /// Lower-case words after which a lone capitalised word is taken as a place.
    static let placePrepositions: Set<String> = ["in", "at", "near", "from", "across", "around", "throughout", "to", "of"]

    /// Small words allowed inside a run of capitalised words ("Police and Crime Commissioner").
    static let connectors: Set<String> = ["and", "of", "for", "&"]

    /// True for a word that could be part of a name: capitalised, letters, not a known common
    /// word, title, organisation or calendar word.
    static func isNameLike(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first.properties.isUppercase, word.count > 1 else { return false }
        guard word.unicodeScalars.dropFirst().allSatisfy({ $0.properties.isLowercase || $0 == "-" || $0 == "'" }) else {
            return false
        }
        return !common.contains(word) && !titles.contains(word) && !organisationWords.contains(word)
            && !months.contains(word)
    }
}
