//! Word lists: the shipped gazetteers (see `core/data/SOURCES.md`) and the small vocabularies of
//! context (titles, relation words, verbs, form labels) and of words that are never names.
//!
//! Loaded once per process on first use and shared by every redactor.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

/// What a lowercase word is, as bit flags: one hash lookup answers every question.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Flags(u16);

impl Flags {
    pub const FIRST_NAME: Flags = Flags(1);
    pub const SURNAME: Flags = Flags(1 << 1);
    pub const COMMON: Flags = Flags(1 << 2);
    pub const PLACE: Flags = Flags(1 << 3);
    pub const NOT_NAME: Flags = Flags(1 << 4);
    pub const TITLE: Flags = Flags(1 << 5);
    pub const RELATION: Flags = Flags(1 << 6);
    pub const MONTH: Flags = Flags(1 << 7);
    /// A place of `localities.txt`: read only after a word that leads to a place.
    pub const LOCALITY: Flags = Flags(1 << 8);
    /// The first word of a place of two words or more in `places.txt` or `localities.txt`.
    pub const PLACE_HEAD: Flags = Flags(1 << 9);

    pub fn has(self, other: Flags) -> bool {
        self.0 & other.0 != 0
    }
}

/// The shipped word lists and the vocabularies below, lowercase, in one map.
pub(crate) struct Lexicon {
    words: FxHashMap<&'static str, Flags>,
}

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut words: FxHashMap<&'static str, Flags> = FxHashMap::default();
        words.reserve(170_000);
        let mut add = |list: &mut dyn Iterator<Item = &'static str>, flag: Flags| {
            for w in list {
                words.entry(w).or_default().0 |= flag.0;
            }
        };
        add(&mut lines(include_str!("../data/first_names.txt")), Flags::FIRST_NAME);
        add(&mut lines(include_str!("../data/surnames.txt")), Flags::SURNAME);
        add(&mut lines(include_str!("../data/common_words.txt")), Flags::COMMON);
        let places = [
            (include_str!("../data/places.txt"), Flags::PLACE),
            (include_str!("../data/localities.txt"), Flags::LOCALITY),
        ];
        for (data, flag) in places {
            add(&mut lines(data), flag);
            add(&mut lines(data).filter_map(|p| p.split_once(' ').map(|(head, _)| head)), Flags::PLACE_HEAD);
        }
        add(&mut NOT_NAMES.iter().copied(), Flags::NOT_NAME);
        add(&mut WEEKDAYS.iter().copied(), Flags::NOT_NAME);
        // Months are names too ("June", "April") but, like "Grace", only with support.
        add(&mut MONTHS.iter().map(|(m, _)| *m), Flags(Flags::COMMON.0 | Flags::MONTH.0));
        add(&mut TITLES.iter().copied(), Flags(Flags::TITLE.0 | Flags::NOT_NAME.0));
        add(&mut RELATIONS.iter().copied(), Flags(Flags::RELATION.0 | Flags::NOT_NAME.0));
        Lexicon { words }
    }

    /// Everything known about a lowercase word.
    pub fn flags(&self, lower: &str) -> Flags {
        self.words.get(lower).copied().unwrap_or_default()
    }

    /// A word that is never part of a name: roles, agencies, months, pronouns, form words.
    pub fn is_not_name(&self, lower: &str) -> bool {
        self.flags(lower).has(Flags::NOT_NAME)
    }
}

/// Whether a lowercase word is a rarer dictionary word (`rare_words.txt`: "altercation",
/// "checklist"). Only text written in capitals asks, where case cannot tell a name from a word,
/// so the list is loaded on the first question, not with the lexicon.
pub(crate) fn is_rare_word(lower: &str) -> bool {
    static RARE: OnceLock<rustc_hash::FxHashSet<&'static str>> = OnceLock::new();
    RARE.get_or_init(|| lines(include_str!("../data/rare_words.txt")).collect()).contains(lower)
}

/// The process-wide lexicon.
pub(crate) fn get() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::load)
}

/// Lowercases `word` into `buf` and returns it, reusing the buffer's allocation.
pub(crate) fn lower_into<'b>(word: &str, buf: &'b mut String) -> &'b str {
    buf.clear();
    if word.is_ascii() {
        buf.push_str(word);
        buf.make_ascii_lowercase();
    } else {
        // Curly apostrophes are stored straight in the lists.
        let straight = |c: char| if c == '\u{2019}' { '\'' } else { c };
        buf.extend(word.chars().flat_map(char::to_lowercase).map(straight));
    }
    buf
}

/// A quick test, before lowercasing and hashing, of whether a word could be one of a set of
/// lowercase words, in any case: a bit per first letter, second character and length. Most words
/// of a note fail it. Conservative: once it holds a word it cannot describe (not starting with an
/// ASCII letter, or 32 bytes or longer), every word passes, and so does every non-ASCII word
/// (lowercasing may make it ASCII).
pub(crate) struct WordShapes {
    /// `[first letter][second character: a letter, or 26 for anything else]`: bit `len`.
    bits: [[u32; 27]; 26],
    any: bool,
}

impl WordShapes {
    pub fn new() -> WordShapes {
        WordShapes { bits: [[0; 27]; 26], any: false }
    }

    /// Adds a lowercase word.
    pub fn insert(&mut self, lower: &str) {
        match shape(lower.as_bytes()) {
            Some((first, second, len)) => self.bits[first][second] |= 1 << len,
            None => self.any = true,
        }
    }

    /// Whether `word`, lowercased, could be one of the words added.
    pub fn may_hold(&self, word: &str) -> bool {
        if self.any || !word.is_ascii() {
            return true;
        }
        shape(word.as_bytes()).is_some_and(|(first, second, len)| self.bits[first][second] & 1 << len != 0)
    }
}

/// The first letter (0 to 25), second character (0 to 26) and length of an ASCII word in any
/// case, or `None` when it does not start with a letter or has 32 bytes or more.
fn shape(word: &[u8]) -> Option<(usize, usize, usize)> {
    let first = word.first()?.to_ascii_lowercase();
    if !first.is_ascii_lowercase() || word.len() >= 32 {
        return None;
    }
    let second = match word.get(1).map(u8::to_ascii_lowercase) {
        Some(b) if b.is_ascii_lowercase() => usize::from(b - b'a'),
        _ => 26,
    };
    Some((usize::from(first - b'a'), second, word.len()))
}

/// Titles and ranks that precede a name (lowercase, without a full stop).
pub(crate) const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "prof",
    "professor",
    "rev",
    "revd",
    "reverend",
    "cllr",
    "councillor",
    "dc",
    "ds",
    "di",
    "dci",
    "dsi",
    "pc",
    "pcso",
    "sgt",
    "sergeant",
    "insp",
    "inspector",
    "det",
    "detective",
    "constable",
    "sir",
    "dame",
    "lady",
    "lord",
    "fr",
    "father",
    "sister",
    "nurse",
    "judge",
    "hhj",
    "mstr",
    "master",
    "madam",
    "imam",
    "pastor",
    "rabbi",
];

pub(crate) fn is_title(lower: &str) -> bool {
    get().flags(lower.trim_end_matches('.')).has(Flags::TITLE)
}

/// Titles that are certainly titles even without a capital letter or full stop (not also a
/// relation word like "father" or "sister").
pub(crate) fn is_strong_title(lower: &str) -> bool {
    matches!(
        lower.trim_end_matches('.'),
        "mr" | "mrs"
            | "ms"
            | "miss"
            | "mx"
            | "dr"
            | "prof"
            | "rev"
            | "revd"
            | "cllr"
            | "dc"
            | "ds"
            | "di"
            | "dci"
            | "dsi"
            | "pc"
            | "pcso"
            | "sgt"
            | "insp"
            | "hhj"
            | "mstr"
    )
}

/// Words for family and care relations; a capitalised word right after one is very likely a name.
pub(crate) const RELATIONS: &[&str] = &[
    "mum",
    "mummy",
    "mam",
    "mom",
    "mother",
    "dad",
    "daddy",
    "father",
    "son",
    "daughter",
    "brother",
    "sister",
    "nan",
    "nana",
    "nanna",
    "nanny",
    "gran",
    "granny",
    "grandma",
    "grandmother",
    "grandad",
    "granddad",
    "grandpa",
    "grandfather",
    "grandson",
    "granddaughter",
    "aunt",
    "auntie",
    "aunty",
    "uncle",
    "cousin",
    "niece",
    "nephew",
    "partner",
    "boyfriend",
    "girlfriend",
    "husband",
    "wife",
    "fiance",
    "fiancee",
    "ex-partner",
    "stepdad",
    "step-dad",
    "stepmum",
    "step-mum",
    "stepfather",
    "step-father",
    "stepmother",
    "step-mother",
    "stepbrother",
    "step-brother",
    "stepsister",
    "step-sister",
    "half-brother",
    "half-sister",
    "sibling",
    "siblings",
    "twin",
    "carer",
    "carers",
    "friend",
    "neighbour",
    "baby",
    "child",
    "children",
    "infant",
    "toddler",
    "boy",
    "girl",
    "teenager",
    "lodger",
    "godmother",
    "godfather",
    "guardian",
    "kinship",
    "grandparent",
    "grandparents",
    "parent",
    "parents",
    "mother's",
    "father's",
    "ex",
    "bf",
    "gf",
];

/// Verbs of an action in a plan or the minutes of a meeting, after "to": "Hanka to support
/// Kirsty with the housing application", "Action: Jumoke to inform Hye of the outcome".
pub(crate) fn is_action_verb(lower: &str) -> bool {
    matches!(
        lower,
        "support"
            | "complete"
            | "contact"
            | "inform"
            | "arrange"
            | "attend"
            | "visit"
            | "speak"
            | "update"
            | "liaise"
            | "chase"
            | "ring"
            | "phone"
            | "email"
            | "send"
            | "share"
            | "book"
            | "meet"
            | "collect"
            | "provide"
            | "confirm"
            | "discuss"
            | "follow"
            | "ensure"
            | "seek"
            | "request"
            | "make"
            | "refer"
            | "continue"
            | "write"
            | "check"
            | "review"
            | "chair"
            | "call"
            | "notify"
            | "invite"
            | "organise"
            | "convene"
            | "draft"
            | "submit"
            | "escalate"
    )
}

/// Verbs of speech and presence: "Liam said", "Donna was seen".
pub(crate) fn is_person_verb(lower: &str) -> bool {
    matches!(
        lower,
        "posts"
            | "picks"
            | "hits"
            | "seen"
            | "applied"
            | "engaging"
            | "weighed"
            | "said"
            | "says"
            | "reported"
            | "reports"
            | "disclosed"
            | "discloses"
            | "told"
            | "tells"
            | "stated"
            | "states"
            | "explained"
            | "explains"
            | "shared"
            | "attended"
            | "attends"
            | "was"
            | "is"
            | "has"
            | "had"
            | "does"
            | "did"
            | "will"
            | "would"
            | "could"
            | "can"
            | "cannot"
            | "can't"
            | "didn't"
            | "doesn't"
            | "wasn't"
            | "isn't"
            | "hasn't"
            | "agreed"
            | "asked"
            | "confirmed"
            | "denied"
            | "admitted"
            | "alleged"
            | "became"
            | "appeared"
            | "presented"
            | "seemed"
            | "felt"
            | "feels"
            | "wants"
            | "wanted"
            | "went"
            | "came"
            | "arrived"
            | "left"
            | "refused"
            | "declined"
            | "cried"
            | "smiled"
            | "laughed"
            | "continues"
            | "continued"
            | "describes"
            | "described"
            | "informed"
            | "advised"
            | "called"
            | "phoned"
            | "rang"
            | "texted"
            | "emailed"
            | "visited"
            | "lives"
            | "lived"
            | "stays"
            | "stayed"
            | "spoke"
            | "talked"
            | "played"
            | "showed"
            | "shows"
            | "needs"
            | "needed"
            | "likes"
            | "liked"
            | "loves"
            | "loved"
            | "hit"
            | "got"
            | "gets"
            | "made"
            | "moved"
            | "returned"
            | "answered"
            | "opened"
            | "started"
            | "indicated"
            | "mentioned"
            | "added"
            | "replied"
            | "responded"
            | "shouted"
            | "swore"
            | "and"
            | "aged"
            | "who"
            | "whose"
            | "herself"
            | "himself"
            | "messaged"
            | "arrested"
            | "charged"
            | "posted"
            | "sent"
            | "set"
            | "uses"
            | "used"
            | "missed"
            | "ran"
            | "blocked"
            | "changed"
            | "received"
            | "remains"
            | "remained"
            | "turned"
            | "took"
            | "gave"
            | "wrote"
            | "met"
            | "saw"
            | "slept"
            | "woke"
            | "ate"
            | "thinks"
            | "thought"
            | "knows"
            | "knew"
            | "looked"
            | "appears"
            | "presents"
            | "released"
            | "from"
            | "hasnt"
            | "hadnt"
            | "isnt"
            | "wasnt"
            | "didnt"
            | "doesnt"
            | "wont"
            | "won't"
            | "should"
            | "must"
            | "may"
            | "might"
            | "screamed"
            | "hid"
            | "kicked"
            | "punched"
            | "pushed"
            | "threatened"
            | "absconded"
            | "goes"
    )
}

/// Words after which a lowercase or ambiguous word is probably a name: "spoke to jade".
pub(crate) fn is_contact_verb(lower: &str) -> bool {
    matches!(
        lower,
        "saw"
            | "seen"
            | "see"
            | "met"
            | "meet"
            | "visited"
            | "visit"
            | "called"
            | "phoned"
            | "rang"
            | "emailed"
            | "texted"
            | "asked"
            | "told"
            | "contacted"
            | "collected"
            | "accompanied"
            | "observed"
            | "spoke"
            | "speak"
            | "spoken"
            | "talked"
            | "with"
            | "to"
            | "for"
            | "from"
            | "by"
            | "cc"
            | "dear"
            | "hi"
            | "hello"
            | "regards"
            | "thanks"
            | "cheers"
            | "wishes"
            | "sincerely"
            | "faithfully"
            | "love"
            | "about"
            | "and"
            | "between"
            | "towards"
            | "via"
            | "against"
    )
}

/// Form labels whose value is a person's name.
pub(crate) fn is_person_label(lower: &str) -> bool {
    matches!(
        lower,
        "name"
            | "names"
            | "full name"
            | "child"
            | "child's name"
            | "childs name"
            | "child name"
            | "young person"
            | "young person's name"
            | "mother"
            | "mother's name"
            | "father"
            | "father's name"
            | "carer"
            | "carers"
            | "carer's name"
            | "main carer"
            | "foster carer"
            | "foster carers"
            | "contact"
            | "contact name"
            | "parent"
            | "parents"
            | "parent/carer"
            | "parent / carer"
            | "sibling"
            | "siblings"
            | "stepfather"
            | "stepmother"
            | "partner"
            | "mother's partner"
            | "father's partner"
            | "referrer"
            | "referrer name"
            | "referred by"
            | "social worker"
            | "allocated worker"
            | "allocated social worker"
            | "sw"
            | "iro"
            | "team manager"
            | "manager"
            | "practitioner"
            | "worker"
            | "author"
            | "completed by"
            | "subject"
            | "client"
            | "service user"
            | "patient"
            | "known as"
            | "aka"
            | "alias"
            | "also known as"
            | "preferred name"
            | "surname"
            | "forename"
            | "forenames"
            | "first name"
            | "last name"
            | "family name"
            | "given name"
            | "maiden name"
            | "previous name"
            | "present"
            | "attendees"
            | "attended"
            | "apologies"
            | "chair"
            | "minute taker"
            | "minutes"
            | "from"
            | "to"
            | "cc"
            | "dear"
            | "gp"
            | "health visitor"
            | "hv"
            | "teacher"
            | "class teacher"
            | "head teacher"
            | "headteacher"
            | "dsl"
            | "officer"
            | "police officer"
            | "officer in case"
            | "oic"
            | "grandmother"
            | "grandfather"
            | "grandparent"
            | "aunt"
            | "uncle"
            | "brother"
            | "sister"
            | "daughter"
            | "son"
            | "baby"
            | "unborn"
            | "other adults"
            | "household"
            | "household members"
            | "emergency contact"
            | "next of kin"
            | "nok"
            | "interpreter"
            | "advocate"
            | "solicitor"
            | "guardian"
            | "cafcass guardian"
            | "legal guardian"
            | "mum"
            | "dad"
            | "signed"
            | "signature"
            | "print name"
            | "witness"
            | "requested by"
            | "approved by"
            | "recorded by"
            | "written by"
            | "prepared by"
            | "reviewed by"
            | "seen by"
            | "visited by"
    )
}

/// Form labels whose value is an address or a place that locates a person.
pub(crate) fn is_address_label(lower: &str) -> bool {
    matches!(
        lower,
        "address"
            | "home address"
            | "current address"
            | "previous address"
            | "new address"
            | "placement address"
            | "placement"
            | "school"
            | "nursery"
            | "college"
            | "setting"
            | "school/setting"
            | "education setting"
            | "gp surgery"
            | "surgery"
            | "gp practice"
            | "practice"
            | "children's home"
            | "residence"
            | "lives at"
            | "location"
            | "address line 1"
            | "address line 2"
            | "correspondence address"
            | "care home"
            | "hostel"
            | "refuge"
            | "accommodation"
            | "venue"
            | "meeting venue"
            | "hospital"
    )
}

/// Everyday words that are also names ("will", "rose", "mark"): a name found once is masked
/// again in lowercase only when it is not one of these.
pub(crate) fn is_everyday_word(lower: &str) -> bool {
    matches!(
        lower,
        "will"
            | "may"
            | "mark"
            | "bill"
            | "frank"
            | "hope"
            | "joy"
            | "faith"
            | "grace"
            | "dawn"
            | "rose"
            | "summer"
            | "holly"
            | "jack"
            | "robin"
            | "young"
            | "white"
            | "green"
            | "baker"
            | "wood"
            | "hill"
            | "april"
            | "june"
            | "august"
            | "art"
            | "sue"
            | "pat"
            | "rich"
            | "guy"
            | "max"
            | "ray"
            | "sky"
            | "amber"
            | "ruby"
            | "crystal"
            | "river"
            | "pearl"
            | "iris"
            | "violet"
            | "heather"
            | "hazel"
            | "olive"
            | "chase"
            | "hunter"
            | "cook"
            | "brown"
            | "black"
            | "grey"
            | "gray"
            | "long"
            | "short"
            | "little"
            | "price"
            | "page"
            | "hall"
            | "king"
            | "bishop"
            | "church"
            | "bell"
            | "moss"
            | "lane"
            | "chance"
            | "major"
            | "love"
            | "wise"
            | "gay"
            | "miles"
            | "sunny"
            | "storm"
            | "star"
            | "angel"
            | "honey"
            | "candy"
            | "misty"
            | "penny"
            | "sandy"
            | "rusty"
            | "patience"
            | "prudence"
            | "constance"
            | "mercy"
            | "harmony"
            | "melody"
            | "destiny"
            | "trinity"
            | "unity"
            | "liberty"
            | "justice"
            | "royal"
            | "drew"
            | "rob"
            | "sam"
            | "don"
            | "ken"
            | "kim"
            | "nick"
            | "pip"
            | "viv"
            | "win"
            | "glen"
            | "dale"
            | "clay"
            | "cliff"
            | "rock"
            | "stone"
            | "field"
            | "ford"
            | "marsh"
            | "brook"
            | "rivers"
            | "banks"
            | "woods"
            | "fields"
            | "hills"
            | "parks"
            | "park"
            | "north"
            | "south"
            | "east"
            | "west"
            | "best"
            | "good"
            | "hard"
            | "lord"
            | "cash"
            | "sharp"
            | "strong"
            | "swift"
            | "well"
            | "wells"
    )
}

/// Months with their numbers, full names and common abbreviations.
pub(crate) const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Abbreviations of social care, health, police and schools written in capitals ("ABE
/// interview", "handed over to EDT", "MGM"): in capitals they are no name, though some are
/// names written otherwise ("Abe", "Isa") or could be a person's initials.
pub(crate) const ACRONYMS: &[&str] = &[
    "ABE", "ABH", "ACE", "ACES", "ADHD", "AMHP", "ASB", "ASBO", "ASD", "BSL", "CAF", "CAFCASS", "CAMH",
    "CAMHS", "CBT", "CCE", "CCTV", "CEOP", "CHC", "CIN", "CLA", "CME", "CP", "CPA", "CPIS", "CPN", "CPP",
    "CPS", "CS", "CSC", "CSE", "CYP", "DA", "DASH", "DBS", "DBT", "DCS", "DHR", "DLA", "DOB", "DOLS", "DSL",
    "DV", "DVPN", "DVPO", "DWP", "EDT", "EET", "EHA", "EHCP", "EHE", "EHM", "EP", "EPO", "ESA", "EUPD",
    "EWO", "FAO", "FGC", "FGM", "FII", "FSM", "FTE", "GBH", "GCSE", "GP", "GRT", "HBA", "HMP", "HMYOI",
    "HOY", "HSB", "HV", "ICPC", "IDVA", "IFA", "IHA", "IRO", "ISA", "ISVA", "LA", "LAC", "LADO", "LSCB",
    "LSCP", "MACE", "MAPPA", "MARAC", "MASH", "MDT", "MFH", "MGF", "MGM", "MH", "MHA", "NEET", "NFA", "NHS",
    "NRPF", "NSPCC", "OFSTED", "OT", "PCSO", "PEP", "PGF", "PGM", "PLO", "PP", "PR", "PRU", "PTSD", "RCPC",
    "RHI", "SALT", "SAR", "SDQ", "SEMH", "SEN", "SENCO", "SEND", "SGO", "SPOC", "SW", "TA", "TAC", "TAF",
    "TC", "TM", "UASC", "UC", "UPN", "YJS", "YOS", "YOT", "YP",
];

/// Whether `raw`, as written, is one of [`ACRONYMS`].
pub(crate) fn is_acronym(raw: &str) -> bool {
    raw.len() <= 7 && raw.bytes().all(|b| b.is_ascii_uppercase()) && ACRONYMS.binary_search(&raw).is_ok()
}

pub(crate) const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "weds",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
];

/// Words that are never (part of) a person's name in this domain, though some are capitalised or
/// appear in the surname lists: roles, agencies, plans, pronouns, determiners and sentence words.
const NOT_NAMES: &[&str] = &[
    // days in the plural ("on Sundays"), the ethnicities and languages of a referral form, and
    // the case-management systems whose names head record numbers
    "mondays",
    "tuesdays",
    "wednesdays",
    "thursdays",
    "fridays",
    "saturdays",
    "sundays",
    "african",
    "caribbean",
    "pakistani",
    "bangladeshi",
    "eritrean",
    "somali",
    "romanian",
    "polish",
    "lithuanian",
    "vietnamese",
    "kurdish",
    "turkish",
    "punjabi",
    "bengali",
    "urdu",
    "gujarati",
    "arabic",
    "tigrinya",
    // nationalities and languages ("Russian-speaking", "an interpreter for Pashto")
    "afghan",
    "albanian",
    "algerian",
    "american",
    "angolan",
    "armenian",
    "australian",
    "austrian",
    "azerbaijani",
    "belarusian",
    "belgian",
    "bosnian",
    "brazilian",
    "bulgarian",
    "burmese",
    "cameroonian",
    "canadian",
    "chilean",
    "chinese",
    "colombian",
    "congolese",
    "croatian",
    "cuban",
    "cypriot",
    "ecuadorian",
    "egyptian",
    "estonian",
    "ethiopian",
    "european",
    "filipino",
    "finnish",
    "gambian",
    "ghanaian",
    "greek",
    "guinean",
    "hungarian",
    "indian",
    "indonesian",
    "iranian",
    "iraqi",
    "israeli",
    "italian",
    "ivorian",
    "jamaican",
    "japanese",
    "jordanian",
    "kenyan",
    "korean",
    "kosovan",
    "kuwaiti",
    "latvian",
    "lebanese",
    "libyan",
    "malaysian",
    "maltese",
    "mexican",
    "moldovan",
    "moroccan",
    "nepalese",
    "nepali",
    "nigerian",
    "norwegian",
    "palestinian",
    "persian",
    "peruvian",
    "portuguese",
    "russian",
    "rwandan",
    "saudi",
    "senegalese",
    "serbian",
    "slovak",
    "slovakian",
    "slovenian",
    "spanish",
    "sudanese",
    "swedish",
    "syrian",
    "taiwanese",
    "tunisian",
    "ugandan",
    "ukrainian",
    "venezuelan",
    "yemeni",
    "zambian",
    "zimbabwean",
    "hispanic",
    "latino",
    "scottish",
    "amharic",
    "cantonese",
    "dari",
    "farsi",
    "hindi",
    "igbo",
    "lingala",
    "malayalam",
    "mandarin",
    "oromo",
    "pashto",
    "sinhala",
    "sorani",
    "kurmanji",
    "swahili",
    "tagalog",
    "tamil",
    "telugu",
    "twi",
    "yoruba",
    "hausa",
    "wolof",
    "gaelic",
    "makaton",
    "frameworki",
    "carefirst",
    "liquidlogic",
    "mosaic",
    "nfa",
    // "2:45 PM"
    "pm",
    // parties and addressees ("Respondent mother", "Dear Colleague")
    "respondent",
    "respondents",
    "applicant",
    "applicants",
    "appellant",
    "intervener",
    "colleague",
    "colleagues",
    // brands and services that notes name, in no name list ("a white Audi", "near the big Asda")
    "audi",
    "asda",
    "tesco",
    "aldi",
    "lidl",
    "primark",
    "lego",
    "xbox",
    "playstation",
    "ipad",
    "iphone",
    "snapchat",
    "tiktok",
    "instagram",
    "whatsapp",
    "facebook",
    "youtube",
    "netflix",
    "fortnite",
    "roblox",
    "minecraft",
    "deliveroo",
    "argos",
    "greggs",
    "poundland",
    "vauxhall",
    // contractions, one word to the tokenizer, capitalised at a sentence's start ("I've asked")
    "i'm",
    "i've",
    "i'll",
    "i'd",
    "we're",
    "we've",
    "we'll",
    "we'd",
    "they're",
    "they've",
    "they'll",
    "they'd",
    "you're",
    "you've",
    "you'll",
    "you'd",
    "he'll",
    "he'd",
    "she'll",
    "she'd",
    "it'll",
    "it'd",
    "that'll",
    "there'll",
    "who've",
    "don't",
    "didn't",
    "doesn't",
    "can't",
    "won't",
    "isn't",
    "wasn't",
    "aren't",
    "weren't",
    "couldn't",
    "wouldn't",
    "shouldn't",
    "haven't",
    "hasn't",
    "hadn't",
    "mustn't",
    "needn't",
    "ain't",
    // pronouns, determiners, conjunctions and other function words
    "i",
    "me",
    "my",
    "we",
    "us",
    "our",
    "you",
    "your",
    "he",
    "him",
    "his",
    "she",
    "her",
    "hers",
    "they",
    "them",
    "their",
    "it",
    "its",
    "this",
    "that",
    "these",
    "those",
    "the",
    "a",
    "an",
    "and",
    "or",
    "but",
    "if",
    "so",
    "as",
    "at",
    "by",
    "for",
    "from",
    "in",
    "into",
    "of",
    "on",
    "to",
    "with",
    "without",
    "no",
    "not",
    "yes",
    "ok",
    "okay",
    "all",
    "any",
    "some",
    "many",
    "each",
    "both",
    "either",
    // plural and abstract nouns that start a sentence or a service's name, never a person's
    // ("Women's Aid", "Front Door for Families", "Signs of Safety", "Attendance is 72%")
    "women",
    "people",
    // Abbreviations in notes: an address, a referral form, a strategy meeting.
    "addr",
    "marf",
    "strat",
    "men",
    "families",
    "attendance",
    "consideration",
    "signs",
    "neither",
    "there",
    "here",
    "when",
    "where",
    "who",
    "what",
    "which",
    "why",
    "how",
    "also",
    "then",
    "than",
    "after",
    "before",
    "during",
    "while",
    "since",
    "until",
    "per",
    "re",
    "via",
    "please",
    "thanks",
    "thank",
    "regards",
    "kind",
    "best",
    "dear",
    "hi",
    "hello",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "morning",
    "afternoon",
    "evening",
    "night",
    // roles
    "social",
    "worker",
    "sw",
    "iro",
    "gp",
    "hv",
    "dsl",
    "senco",
    "tm",
    "ptm",
    "manager",
    "team",
    "practitioner",
    "officer",
    "police",
    "teacher",
    "headteacher",
    "head",
    "deputy",
    "nurse",
    "midwife",
    "doctor",
    "paediatrician",
    "consultant",
    "therapist",
    "psychologist",
    "psychiatrist",
    "counsellor",
    "advocate",
    "solicitor",
    "barrister",
    "judge",
    "magistrate",
    "guardian",
    "cafcass",
    "interpreter",
    "chair",
    "minute",
    "taker",
    "foster",
    "carer",
    "carers",
    "keyworker",
    "key",
    "support",
    "family",
    "personal",
    "adviser",
    "advisor",
    "pa",
    "yot",
    "probation",
    "housing",
    "health",
    "visitor",
    "school",
    "nursery",
    "college",
    "staff",
    "student",
    "pupil",
    "client",
    "service",
    "user",
    "referrer",
    "professional",
    "professionals",
    "agency",
    "agencies",
    "partner",
    "partners",
    "person",
    "people",
    "adult",
    "adults",
    // informal note-taking: abbreviations and contractions without apostrophes, which a
    // lowercase word before a verb would otherwise be taken for a name ("mtg was moved")
    "mtg",
    "appt",
    "appts",
    "hosp",
    "txt",
    "txts",
    "wk",
    "wks",
    "dont",
    "didnt",
    "doesnt",
    "hasnt",
    "havent",
    "wasnt",
    "werent",
    "isnt",
    "arent",
    "wouldnt",
    "couldnt",
    "shouldnt",
    "thats",
    "theres",
    "ive",
    "youre",
    "theyre",
    "nans",
    "approx",
    "msg",
    "msgs",
    "pls",
    "thx",
    "tho",
    "cos",
    "coz",
    "yeah",
    "yep",
    "nah",
    "lol",
    "tmrw",
    "yday",
    "sch",
    "docs",
    "meds",
    "bday",
    "xmas",
    "hols",
    "ppl",
    "abt",
    "prob",
    "probs",
    "obvs",
    "sib",
    "sibs",
    "ur",
    "govt",
    "dept",
    "mgr",
    "mgmt",
    "w/c",
    "yrs",
    "mths",
    "hrs",
    "mins",
    "secs",
    // agencies, plans and procedures
    // (and the acronyms of services, conditions, benefits and roles that two or three capitals
    // after "with" or at a line's end would otherwise be read as initials: "diagnosed with ASD";
    // not those that are also names: "Ed", "Pip", "Elsa", "Sen", "Da", "Ta")
    "asd",
    "ics",
    "adhd",
    "ocd",
    "ptsd",
    "csc",
    "cyp",
    "cps",
    "uc",
    "esa",
    "dla",
    "jsa",
    "ot",
    "dv",
    "dva",
    "fgm",
    "cse",
    "cce",
    "icu",
    "ent",
    "aande",
    "pru",
    "tac",
    "taf",
    "caf",
    "ewo",
    "isw",
    "fsw",
    "hb",
    "ct",
    "slt",
    "pe",
    "dt",
    "ict",
    "bbc",
    "kfc",
    "asb",
    "cid",
    "mp",
    "wpc",
    "miu",
    "ht",
    "dht",
    "cpn",
    "cmht",
    "idva",
    "isva",
    "marac",
    "mappa",
    "yos",
    "sgo",
    "epo",
    "ico",
    "fco",
    "sar",
    "foi",
    "gdpr",
    "dbs",
    "lado",
    "rip",
    "asap",
    "eta",
    "fyi",
    "nb",
    "ps",
    "pto",
    "dna",
    "wnb",
    "hiv",
    "std",
    "sti",
    "ehe",
    "pep",
    "uasc",
    "nrpf",
    "tv",
    "pc",
    "ipad",
    "nhs",
    "camhs",
    "mash",
    "ofsted",
    "cin",
    "cp",
    "cpp",
    "lac",
    "cla",
    "plo",
    "icpc",
    "rcpc",
    "ehcp",
    "ehc",
    "s17",
    "s20",
    "s47",
    "s31",
    "section",
    "act",
    "children",
    "council",
    "city",
    "county",
    "borough",
    "court",
    "family",
    "crown",
    "county",
    "youth",
    "magistrates",
    "high",
    "police",
    "constabulary",
    "sussex",
    "kent",
    "surrey",
    "hampshire",
    "essex",
    "met",
    "metropolitan",
    "local",
    "authority",
    "la",
    "dfe",
    "dwp",
    "hmrc",
    "ukba",
    "home",
    "office",
    "department",
    "ward",
    "unit",
    "hospital",
    "a&e",
    "ae",
    "clinic",
    "surgery",
    "practice",
    "trust",
    "foundation",
    "services",
    "service",
    "team",
    "hub",
    "centre",
    "center",
    "early",
    "help",
    "safeguarding",
    "child",
    "protection",
    "plan",
    "conference",
    "strategy",
    "meeting",
    "discussion",
    "review",
    "assessment",
    "referral",
    "visit",
    "note",
    "notes",
    "case",
    "record",
    "chronology",
    "report",
    "statement",
    "minutes",
    "agenda",
    "action",
    "actions",
    "outcome",
    "outcomes",
    "risk",
    "risks",
    "concern",
    "concerns",
    "summary",
    "background",
    "analysis",
    "update",
    "subject",
    "attendees",
    "apologies",
    "present",
    "absent",
    "date",
    "time",
    "name",
    "address",
    "dob",
    "tel",
    "mob",
    "mobile",
    "phone",
    "email",
    "ref",
    "reference",
    "id",
    "no",
    "number",
    "nino",
    "ni",
    "upn",
    "lcs",
    "mosaic",
    "eclipse",
    "liquidlogic",
    "ethnicity",
    "religion",
    "language",
    "gender",
    "male",
    "female",
    "english",
    "british",
    "asian",
    "mixed",
    "other",
    "christian",
    "muslim",
    "sikh",
    "hindu",
    "jewish",
    "buddhist",
    "none",
    "unknown",
    "n/a",
    "na",
    "tbc",
    "tba",
    "pending",
    "yes",
    "no",
    "mr",
    "mrs",
    // common sentence starters and note vocabulary
    "seen",
    "spoke",
    "visited",
    "called",
    "phoned",
    "discussed",
    "agreed",
    "noted",
    "observed",
    "reported",
    "advised",
    "explained",
    "confirmed",
    "informed",
    "contacted",
    "attended",
    "arrived",
    "left",
    "home",
    "house",
    "flat",
    "room",
    "bedroom",
    "kitchen",
    "lounge",
    "garden",
    "unannounced",
    "announced",
    "planned",
    "further",
    "next",
    "previous",
    "current",
    "new",
    "old",
    "first",
    "second",
    "third",
    "last",
    "following",
    "recent",
    "ongoing",
    "initial",
    "overall",
    "however",
    "although",
    "because",
    "therefore",
    "additionally",
    "furthermore",
    "meanwhile",
    "currently",
    "previously",
    "recently",
    "initially",
    "subsequently",
    "finally",
    "later",
    "earlier",
    "again",
    "still",
    "now",
    "once",
    "twice",
    "daily",
    "weekly",
    "monthly",
    "mum",
    "dad",
    "mother",
    "father",
    "sister",
    "brother",
    "son",
    "daughter",
    "baby",
    "instagram",
    "facebook",
    "tiktok",
    "snapchat",
    "twitter",
    "whatsapp",
    "youtube",
    "x",
    "google",
    "iphone",
    "android",
    "xbox",
    "playstation",
    "netflix",
    "covid",
    "covid-19",
    "christmas",
    "easter",
    "eid",
    "diwali",
    "ramadan",
    "halloween",
    "bank",
    "holiday",
    "term",
    "half-term",
    "english",
    "maths",
    "science",
    "year",
    "reception",
    "ks1",
    "ks2",
    "ks3",
    "ks4",
    "gcse",
    "gcses",
    "a-level",
    "sats",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_are_sorted_capitals_for_binary_search() {
        assert!(ACRONYMS.windows(2).all(|w| w[0] < w[1]));
        assert!(ACRONYMS.iter().all(|a| a.bytes().all(|b| b.is_ascii_uppercase()) && a.len() <= 7));
        assert!(is_acronym("EDT") && is_acronym("MGM") && !is_acronym("Edt") && !is_acronym("JM"));
    }

    #[test]
    fn word_shapes_pass_their_words_in_any_case_and_reject_most_others() {
        let mut shapes = WordShapes::new();
        for w in ["road", "st", "o'neill", "x"] {
            shapes.insert(w);
        }
        for w in ["Road", "ROAD", "road", "St", "ST", "O'Neill", "X"] {
            assert!(shapes.may_hold(w), "{w}");
        }
        for w in ["roads", "rod", "Street", "sT1", "neill", "y", "", "1st"] {
            assert!(!shapes.may_hold(w), "{w}");
        }
        // Not ASCII: lowercasing could give a word of the set ("K", the Kelvin sign, is "k").
        assert!(shapes.may_hold("\u{212A}"));
        // A word it cannot describe makes it let everything through.
        shapes.insert("1st");
        assert!(shapes.may_hold("anything"));
    }
}
