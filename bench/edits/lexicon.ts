// Word lists the edit generators use to find edit sites on their own (never the engine's annotators).

export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const MONTH_ABBREVIATIONS = ["Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

/** Words before a weekday that make it part of a name ("Super Tuesday", "Good Friday"). */
export const WEEKDAY_NAME_PREFIXES = new Set(["Super", "Black", "Good", "Cyber", "Ash", "Palm", "Easter", "Bloody", "Holy", "Maundy", "Shrove", "Giving"]);

export const NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
export const NUMBER_WORD_VALUE: ReadonlyMap<string, number> = new Map(NUMBER_WORDS.map((w, i) => [w, i + 2]));

/** Plural nouns that count time, money or ratios: a change to them is not a plain count edit. */
export const NOT_COUNT_NOUNS = new Set([
  "years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "centuries", "times", "percent",
  "dollars", "cents", "pounds", "euros", "points", "votes", "miles", "feet", "inches", "meters", "metres",
  "kilometers", "kilometres", "degrees", "yards", "acres", "billions", "millions", "thousands", "hundreds", "others",
]);

/** Words that bound a count: changing the number after them may leave both wordings compatible. */
export const BOUND_WORDS_BEFORE = /(?:at least|more than|over|under|up to|nearly|almost|fewer than|less than|as many as|upwards of|at most|no more than|no fewer than|above|below|some|about|around|roughly|approximately|estimated)\s+$/i;

/** Titles that only ever stand before a person's name. */
export const HONORIFICS = [
  "Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.", "Prof.", "Rev.",
  "Mr", "Mrs", "Ms", "Dr", "Judge", "President", "Senator", "Governor", "Congressman", "Congresswoman", "Mayor", "Pope",
];

/** Titles and role nouns seen before names; the lower-case roles also stand before companies and works. */
export const TITLES = [
  "Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.", "Prof.", "Rev.",
  "Mr", "Mrs", "Ms", "Dr", "Judge", "President", "Senator", "Governor", "Congressman", "Congresswoman", "Secretary",
  "Minister", "Mayor", "Chancellor", "Prince", "Princess", "Pope", "Sheriff", "Detective", "Officer", "Coach",
  "actor", "actress", "singer", "rapper", "star", "spokesman", "spokeswoman", "director", "chairman", "CEO",
  "boxer", "player", "striker", "forward", "quarterback", "pitcher", "model", "comedian", "writer", "author",
];

/** Capitalised words that begin or end sentences and organisations, never a person's name. */
export const NOT_NAME_WORDS = new Set([
  "The", "A", "An", "In", "On", "At", "But", "And", "Or", "If", "As", "So", "For", "With", "From", "By", "To", "Of",
  "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Their", "Its", "This", "That", "These", "Those",
  "There", "Here", "When", "Where", "What", "Who", "Why", "How", "After", "Before", "While", "Although", "Yet",
  "New", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "United", "National",
  "American", "White", "House", "Police", "Department", "University", "College", "School", "Party", "News", "Times",
  "Post", "Press", "Associated", "Reuters", "Agency", "Office", "Committee", "Council", "Court", "Government",
  "Union", "Campaign", "Company", "Inc", "Corp", "Group", "Center", "Centre", "Institute", "Foundation", "Ministry",
  "Army", "Navy", "Force", "Forces", "Service", "Services", "Association", "Commission", "Federal", "State", "City",
  "County", "Republican", "Republicans", "Democrat", "Democrats", "Democratic", "Senate", "Congress", "Officials",
  "Twitter", "Facebook", "Google", "Apple", "Microsoft", "CNN", "Fox", "BBC", "AP", "AFP", "God", "Christmas",
  "Mr", "Mrs", "Ms", "Dr", "President", "Senator", "Governor", "Secretary", "Minister", "Mayor", "Judge", "Sheriff",
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", ...MONTHS, "Today", "Yesterday",
  "Street", "Avenue", "Road", "Hospital", "Church", "Hotel", "Airport", "Station", "Bank", "Club", "Team", "Street",
  "Islands", "Island", "Bay", "River", "Lake", "Mount", "Park", "Beach", "Valley", "Coast", "Hills", "Angeles",
  "Security", "Health", "Justice", "Defense", "Defence", "Affairs", "Public", "General", "Supreme", "Central",
  "International", "Global", "World", "Daily", "Magazine", "Journal", "Herald", "Tribune", "Network", "Radio",
  "TV", "Television", "Studios", "Records", "Music", "Awards", "Festival", "Cup", "League", "Championship", "Game",
  "Products", "Technologies", "Systems", "Solutions", "Industries", "Holdings", "Partners", "Media", "Entertainment",
  "Pictures", "Motors", "Airlines", "Energy", "Capital", "Communications", "Labs", "Software", "Films", "Productions",
  "Hollywood", "Reporter", "Weekly", "Variety", "Gazette", "Observer", "Guardian", "Telegraph", "Examiner", "Chronicle",
  "Review", "Insider", "Digest", "Online", "Report", "Daily", "Sun", "Star", "Mail", "Express", "Standard", "Globe",
]);

/** Gazetteers for the place edit: a place is swapped for another of the same kind. */
export const COUNTRIES = [
  "Afghanistan", "Algeria", "Argentina", "Australia", "Austria", "Bangladesh", "Belgium", "Brazil", "Canada", "Chile",
  "China", "Colombia", "Cuba", "Denmark", "Egypt", "Ethiopia", "Finland", "France", "Germany", "Greece", "Hungary",
  "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Japan", "Jordan", "Kenya", "Lebanon", "Libya",
  "Malaysia", "Mexico", "Morocco", "Nigeria", "Norway", "Pakistan", "Peru", "Poland", "Portugal", "Russia",
  "Saudi Arabia", "Somalia", "Spain", "Sudan", "Sweden", "Switzerland", "Syria", "Tanzania", "Thailand", "Turkey",
  "Uganda", "Ukraine", "Venezuela", "Vietnam", "Yemen", "Zimbabwe", "South Africa", "North Korea", "South Korea",
  "New Zealand", "Britain", "England", "Scotland",
];
export const US_STATES = [
  "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
  "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
  "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
  "New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
  "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
  "Virginia", "West Virginia", "Wisconsin", "Wyoming",
];
export const CITIES = [
  "Atlanta", "Baghdad", "Bangkok", "Beijing", "Beirut", "Berlin", "Boston", "Brussels", "Budapest", "Cairo",
  "Chicago", "Dallas", "Damascus", "Delhi", "Denver", "Detroit", "Dublin", "Geneva", "Havana", "Houston", "Islamabad",
  "Istanbul", "Jakarta", "Jerusalem", "Kabul", "Karachi", "Kiev", "Kyiv", "Lagos", "Lisbon", "London", "Los Angeles",
  "Madrid", "Manila", "Melbourne", "Miami", "Milan", "Montreal", "Moscow", "Mumbai", "Munich", "Nairobi", "Nashville",
  "New Orleans", "Oslo", "Ottawa", "Paris", "Philadelphia", "Phoenix", "Pittsburgh", "Prague", "Rome", "San Diego",
  "San Francisco", "Seattle", "Seoul", "Shanghai", "Singapore", "Stockholm", "Sydney", "Tehran", "Tokyo", "Toronto",
  "Vienna", "Warsaw", "Malibu", "Las Vegas", "Baltimore", "Cleveland", "Sacramento", "Orlando", "Tampa", "Minneapolis",
  "Honolulu", "Portland", "Beverly Hills", "Santa Monica", "Pasadena", "Oakland", "Brooklyn", "Manhattan",
  "New Delhi", "New York", "Hong Kong", "Mexico City", "Tel Aviv", "Rio de Janeiro", "Buenos Aires", "Cape Town", "Abu Dhabi",
];

/** Words that begin multi-word place names: "New" before "Delhi" makes the pair one name. */
export const PLACE_NAME_PREFIXES = new Set(["New", "San", "Santa", "Los", "Las", "Saint", "St.", "Fort", "Port", "North", "South", "East", "West", "Upper", "Lower", "Great", "Greater", "El", "La", "Le", "Mount", "Lake", "Cape"]);
export const PLACE_KINDS: readonly (readonly [string, readonly string[]])[] = [
  ["country", COUNTRIES],
  ["state", US_STATES],
  ["city", CITIES],
];

/** Auxiliaries that take "not" and their contracted forms. */
export const CONTRACTIONS: readonly (readonly [string, string])[] = [
  ["did not", "didn't"], ["does not", "doesn't"], ["do not", "don't"], ["is not", "isn't"], ["are not", "aren't"],
  ["was not", "wasn't"], ["were not", "weren't"], ["has not", "hasn't"], ["have not", "haven't"], ["had not", "hadn't"],
  ["could not", "couldn't"], ["would not", "wouldn't"], ["should not", "shouldn't"], ["will not", "won't"], ["cannot", "can't"],
];
