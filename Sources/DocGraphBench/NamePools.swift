/// General pools the generators draw names from: common English first names, and surnames
/// and place names composed from English name parts, so the generated people, places and
/// bodies are many, plausible, and belong to nobody in the seed documents.
public enum NamePools {
    static let firstNames = [
        "Aaron", "Abigail", "Adam", "Aisha", "Alan", "Alice", "Amir", "Andrew", "Angela", "Anna", "Barbara",
        "Beatrice", "Ben", "Bethany", "Bilal", "Caroline", "Catherine", "Charlotte", "Chloe", "Christopher",
        "Claire", "Colin", "Daniel", "Deborah", "Derek", "Diane", "Dominic", "Eleanor", "Elizabeth", "Emma",
        "Eric", "Fatima", "Fiona", "Frances", "Gareth", "Gemma", "Geoffrey", "Grace", "Graham", "Hannah",
        "Harriet", "Harry", "Helen", "Hugh", "Imran", "Isabel", "Jack", "James", "Janet", "Jasmine", "Joanna",
        "Jonathan", "Joseph", "Julia", "Karen", "Kate", "Keith", "Kevin", "Laura", "Leon", "Linda", "Louise",
        "Margaret", "Mark", "Mary", "Matthew", "Megan", "Mohammed", "Nadia", "Naomi", "Neil", "Nicola", "Nigel",
        "Oliver", "Olivia", "Owen", "Patricia", "Peter", "Priya", "Rachel", "Rajesh", "Rebecca", "Richard",
        "Robert", "Rosemary", "Ruth", "Samuel", "Sandra", "Simon", "Sophie", "Stephen", "Susan", "Thomas",
        "Tom", "Trevor", "Valerie", "Victoria", "William", "Yasmin", "Zoe",
    ]

    static let surnameHeads = [
        "Ash", "Bar", "Bell", "Black", "Brad", "Brook", "Bur", "Cal", "Car", "Chad", "Cole", "Cres", "Dal",
        "Dun", "East", "Elm", "Fair", "Farn", "Fen", "Fox", "Gar", "Glen", "Hal", "Hart", "Haw", "Hen", "Hol",
        "Kem", "Kings", "Lang", "Lin", "Lock", "Mar", "Mel", "Mil", "Nor", "Oak", "Pen", "Pres", "Rad", "Red",
        "Rush", "Sal", "Sand", "Shel", "Stan", "Stock", "Thorn", "Tal", "Wal", "Wel", "West", "Whit", "Win",
    ]

    static let surnameTails = [
        "bridge", "bury", "by", "combe", "croft", "dale", "den", "field", "ford", "gate", "ham", "hurst", "ing",
        "ley", "low", "man", "mere", "more", "ridge", "shaw", "stone", "ton", "well", "wick", "win", "wood",
        "worth",
    ]

    static let placeHeads = [
        "Abbots", "Alder", "Ames", "Arden", "Aston", "Barrow", "Beck", "Birch", "Bramble", "Brent", "Caster",
        "Chase", "Clay", "Corby", "Crane", "Dover", "Eden", "Fern", "Frome", "Grange", "Hadley", "Hazel",
        "Heron", "Ivy", "Kestrel", "Lark", "Lyn", "Marsh", "Merrow", "Nether", "Orchard", "Pike", "Quarry",
        "Raven", "Rowan", "Sedge", "Skel", "Swan", "Tarn", "Teal", "Tiver", "Upper", "Vale", "Willow", "Wren",
    ]

    static let placeTails = [
        "borough", "bridge", "brook", "bury", "by", "caster", "chester", "cliffe", "combe", "cote", "dale",
        "don", "field", "ford", "ham", "hampton", "holme", "hurst", "ley", "mouth", "port", "shire", "stead",
        "stow", "thorpe", "ton", "wick", "worth",
    ]

    /// Bodies a document's header or a graph's organisations are named after, with their place.
    static let bodyTails = [
        "District Council", "County Council", "Borough Council", "Police", "Fire and Rescue Service",
        "Community Safety Partnership", "Health Trust", "Police and Crime Panel", "Youth Council",
        "Rural Crime Team", "Housing Association", "Chamber of Commerce", "Wildlife Trust", "University",
        "Victim Support Service", "Neighbourhood Watch Association",
    ]

    static let headerTitles = ["Monthly update", "Newsletter", "Report to the Panel", "News from the office", "Quarterly report"]

    /// A person's name: a first name and a composed surname.
    public static func person(_ random: inout SeededGenerator) -> (first: String, last: String) {
        (random.pick(firstNames), surname(&random))
    }

    public static func surname(_ random: inout SeededGenerator) -> String {
        random.pick(surnameHeads) + random.pick(surnameTails)
    }

    public static func place(_ random: inout SeededGenerator) -> String {
        random.pick(placeHeads) + random.pick(placeTails)
    }

    /// The `index`-th of all composed surnames (`surnameCount` of them), for generators that
    /// need many distinct names without drawing them.
    static func surname(number index: Int) -> String {
        surnameHeads[index % surnameHeads.count] + surnameTails[(index / surnameHeads.count) % surnameTails.count]
    }

    static var surnameCount: Int { surnameHeads.count * surnameTails.count }

    static func place(number index: Int) -> String {
        placeHeads[index % placeHeads.count] + placeTails[(index / placeHeads.count) % placeTails.count]
    }

    static var placeCount: Int { placeHeads.count * placeTails.count }
}
