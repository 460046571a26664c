//! What each word token is: its case, what the lexicon says of it, which trigger word it is.
//! Worked out once per token for every detector that reads words (cues, names), and memoised
//! per thread by the word's text.

use std::cell::RefCell;

use rustc_hash::FxHashMap;

use super::cues::{cue_of, has_parts};
use crate::lexicon::{self, Flags, Lexicon};
use crate::tokens::{case_of, Case, Kind, Split, Token};

/// What a word token could be, worked out once per token: 16 bytes, so that a text's words and
/// the per-thread memo of them stay small in the cache (the yes-or-no facts are bits of `is`).
#[derive(Clone, Copy, Default)]
pub(crate) struct Word {
    /// A hash of the word lowercased (`lower_hash`): name propagation compares these first.
    pub lower_hash: u64,
    /// `Is` bits.
    is: u16,
    /// The `Cues` this word triggers, for a word that is one word to a pattern.
    pub cue: u16,
    /// Which of the context words around a name it is (`Role` bits).
    pub role: u16,
    pub case: Option<Case>,
    /// The first word of a listed place of two words or more ("milton" of "milton keynes"):
    /// only chains that start with one are looked up whole.
    pub place_head: bool,
}

// A text's words and the memo are arrays of these: keep them at 16 bytes.
const _: () = assert!(std::mem::size_of::<Word>() == 16);

/// The yes-or-no facts of a `Word`, as bits.
struct Is;

impl Is {
    const WORD: u16 = 1;
    const FIRST: u16 = 1 << 1;
    const SURNAME: u16 = 1 << 2;
    const COMMON: u16 = 1 << 3;
    const LISTED_NOT_NAME: u16 = 1 << 4;
    const TITLE: u16 = 1 << 5;
    const RELATION: u16 = 1 << 6;
    const PLACE: u16 = 1 << 7;
    const PARTICLE: u16 = 1 << 8;
    const PARTICLE_ANY_CASE: u16 = 1 << 9;
    const INITIAL: u16 = 1 << 10;
    const MONTH: u16 = 1 << 11;
    const PARTS: u16 = 1 << 12;
    const PROPAGATES: u16 = 1 << 13;
    const EVERYDAY: u16 = 1 << 14;
    const LOCALITY: u16 = 1 << 15;
}

/// Reads one `Is` bit.
macro_rules! is {
    ($($(#[$doc:meta])* $name:ident: $bit:ident;)*) => {
        impl Word {
            $($(#[$doc])* #[inline]
            pub fn $name(&self) -> bool {
                self.is & Is::$bit != 0
            })*
        }
    };
}

is! {
    /// A word token (not a number or punctuation).
    word: WORD;
    first: FIRST;
    surname: SURNAME;
    common: COMMON;
    title: TITLE;
    relation: RELATION;
    place: PLACE;
    /// A place of `localities.txt` (see `lexicon::Flags::LOCALITY`).
    locality: LOCALITY;
    particle: PARTICLE;
    /// A particle in any case ("Ni", "DE"): bridges two name words.
    particle_any_case: PARTICLE_ANY_CASE;
    initial: INITIAL;
    month: MONTH;
    /// The word may hold more than one word to a pattern (`cues::has_parts`).
    parts: PARTS;
    /// Found in a name, the word is looked for again elsewhere (`person::propagate`): it is
    /// two characters or more and no title, non-name word or particle.
    propagates: PROPAGATES;
    /// An everyday word that is also a name ("rose", "will"): propagated only when written as
    /// a name.
    everyday: EVERYDAY;
    /// The lexicon lists the word as never part of a name, as `Lexicon::is_not_name` says;
    /// `not_name` leaves out the initials ("A").
    listed_not_name: LISTED_NOT_NAME;
}

impl Word {
    /// Never part of a name: listed so, and no initial ("A" may be one).
    #[inline]
    pub fn not_name(&self) -> bool {
        self.listed_not_name() && !self.initial()
    }
}

/// Context words person detection asks about, as bits of `Word::role`, so that it never
/// lowercases a word to compare it with a list.
pub(crate) struct Role;

impl Role {
    /// "Mr", "Dr", "DS" (`lexicon::is_strong_title`).
    pub const STRONG_TITLE: u16 = 1;
    /// "rang", "emailed" (`lexicon::is_contact_verb`).
    pub const CONTACT_VERB: u16 = 1 << 1;
    /// "said", "disclosed" (`lexicon::is_person_verb`).
    pub const PERSON_VERB: u16 = 1 << 2;
    /// The verbs after which two or three capitals are a name ("EQ was seen").
    pub const AFTER_INITIALS: u16 = 1 << 3;
    /// "aka", "nee", "called", "named", "alias", "signed": what follows is a name.
    pub const NAMING: u16 = 1 << 4;
    /// "as", a name after "known as".
    pub const AS: u16 = 1 << 5;
    pub const KNOWN: u16 = 1 << 6;
    /// "aged", "age": "Tom, aged 7".
    pub const AGE: u16 = 1 << 7;
    /// Words between a relation and a name, looked past: "her", "older", "foster".
    pub const LEAD_IN: u16 = 1 << 8;
    /// "support", "contact": the verbs of an action line, "Hanka to support Kirsty"
    /// (`lexicon::is_action_verb`).
    pub const ACTION: u16 = 1 << 9;
    /// "was", "will", "from", "the", "during": an auxiliary or modal verb, a preposition,
    /// article, conjunction or relative word, never a surname after a first name in a text
    /// written in capitals ("TIA WAS", "JAYSON FROM"), though the surname list has some of them.
    pub const GRAMMAR: u16 = 1 << 10;
    /// Any verb's or grammar word's role: such a word in capitals is the sentence's, not part
    /// of a name ("TIA WAS", "ATTENDS FORGE COLLEGE").
    pub const VERB_OR_GRAMMAR: u16 =
        Role::PERSON_VERB | Role::CONTACT_VERB | Role::AFTER_INITIALS | Role::ACTION | Role::GRAMMAR;

    fn of(lower: &str) -> u16 {
        let mut role = 0;
        let mut set = |bit: u16, yes: bool| {
            if yes {
                role |= bit;
            }
        };
        set(Role::STRONG_TITLE, lexicon::is_strong_title(lower));
        set(Role::CONTACT_VERB, lexicon::is_contact_verb(lower));
        set(Role::PERSON_VERB, lexicon::is_person_verb(lower));
        set(
            Role::AFTER_INITIALS,
            matches!(lower, "was" | "said" | "reported" | "told" | "disclosed" | "has" | "is"),
        );
        // "Signed ESME STARK" at a statement's end names its author.
        set(Role::NAMING, matches!(lower, "aka" | "nee" | "née" | "called" | "named" | "alias" | "signed"));
        set(Role::AS, lower == "as");
        set(Role::KNOWN, lower == "known");
        set(Role::AGE, matches!(lower, "aged" | "age"));
        set(Role::ACTION, lexicon::is_action_verb(lower));
        set(
            Role::GRAMMAR,
            matches!(
                lower,
                "be" | "been"
                    | "being"
                    | "am"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "has"
                    | "have"
                    | "had"
                    | "does"
                    | "did"
                    | "will"
                    | "would"
                    | "can"
                    | "could"
                    | "might"
                    | "must"
                    | "shall"
                    | "should"
                    | "the"
                    | "a"
                    | "an"
                    | "and"
                    | "or"
                    | "but"
                    | "from"
                    | "to"
                    | "in"
                    | "on"
                    | "at"
                    | "as"
                    | "by"
                    | "of"
                    | "for"
                    | "with"
                    | "into"
                    | "about"
                    | "during"
                    | "after"
                    | "before"
                    | "since"
                    | "until"
                    | "over"
                    | "under"
                    | "through"
                    | "without"
                    | "within"
                    | "between"
                    | "against"
                    | "among"
                    | "upon"
                    | "via"
                    | "near"
                    | "than"
                    | "then"
                    | "if"
                    | "so"
                    | "because"
                    | "while"
                    | "when"
                    | "where"
                    | "who"
                    | "which"
                    | "that"
                    | "this"
                    | "whether"
                    | "including"
                    | "although"
                    | "though"
                    | "unless"
                    | "except"
                    | "like"
                    | "re"
            ),
        );
        set(
            Role::LEAD_IN,
            matches!(
                lower,
                "her"
                    | "his"
                    | "their"
                    | "my"
                    | "our"
                    | "the"
                    | "older"
                    | "younger"
                    | "eldest"
                    | "youngest"
                    | "new"
                    | "baby"
                    | "little"
                    | "big"
                    | "birth"
                    | "foster"
                    | "half"
                    | "step"
                    | "maternal"
                    | "paternal"
                    | "late"
                    | "ex"
            ),
        );
        role
    }
}

/// The words of `text` read as a name's parts: runs of letters and digits with their
/// apostrophes and hyphens ("O'Neill", "Smith-Jones"), split at anything else.
pub(crate) fn parts(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .filter(|w| !w.is_empty())
}

/// The hash of a lowercased word that `Word::lower_hash` holds.
pub(crate) fn lower_hash(lower: &str) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(lower)
}

impl Word {
    pub fn gazetteer(&self) -> bool {
        self.first() || self.surname()
    }

    /// Could stand in a name chain.
    pub fn name_like(&self) -> bool {
        if !self.word() || self.not_name() || self.title() || self.relation() {
            return false;
        }
        match self.case {
            Some(Case::Capitalised) => !self.place() || self.first(),
            // "WIOLETTA TARKOWSKA": capitals that are no word, place or agency; a lone one
            // scores low (it could be an acronym), a pair as a name.
            Some(Case::Upper) => !self.common() && !self.place() || self.initial(),
            Some(Case::Lower) => self.first() && !self.common(),
            _ => false,
        }
    }
}

pub(crate) fn is_particle(lower: &str) -> bool {
    // Every word is asked; no particle is longer than "della".
    lower.len() <= 5
        && matches!(
            lower,
            "van"
                | "von"
                | "de"
                | "der"
                | "den"
                | "da"
                | "di"
                | "du"
                | "le"
                | "la"
                | "al"
                | "el"
                | "bin"
                | "bint"
                | "ibn"
                | "ni"
                | "nic"
                | "mac"
                | "mc"
                | "ap"
                | "ben"
                | "abu"
                | "dos"
                | "das"
                | "del"
                | "della"
                | "st"
                | "ter"
                | "ó"
                | "ua"
        )
}

/// What each of `tokens` is (`Word::default()` for numbers and punctuation), from the memo.
pub(crate) fn classify(text: &str, tokens: &[Token]) -> Vec<Word> {
    let lex = lexicon::get();
    let mut buf = String::new();
    KNOWN_WORDS.with_borrow_mut(|memo| {
        if memo.len() >= MEMO_WORDS {
            memo.clear();
        }
        tokens
            .iter()
            .map(|t| {
                if t.kind != Kind::Word {
                    return Word::default();
                }
                remembered(memo, t.text(text), lex, &mut buf)
            })
            .collect()
    })
}

/// What `raw` is, from `memo`, which keeps it when it has room and the word is short enough.
#[inline(always)] // the loop over every token of a text calls it
fn remembered(memo: &mut Memo, raw: &str, lex: &Lexicon, buf: &mut String) -> Word {
    let bytes = raw.as_bytes();
    if bytes.len() <= 8 {
        // Most words: a key of one machine word, hashed and compared once.
        let mut padded = [0u8; 8];
        padded[..bytes.len()].copy_from_slice(bytes);
        let key = u64::from_le_bytes(padded);
        if let Some(w) = memo.short.get(key) {
            return w;
        }
        let w = word(raw, lex, buf);
        if memo.len() < MEMO_WORDS {
            memo.short.insert(key, w);
        }
        return w;
    }
    let Some(key) = MemoKey::of(raw) else { return word(raw, lex, buf) };
    if let Some(w) = memo.long.get(&key) {
        return *w;
    }
    let w = word(raw, lex, buf);
    if memo.len() < MEMO_WORDS {
        memo.long.insert(key, w);
    }
    w
}

/// What one word is, from the memo: for words that are not tokens of the text at hand, such as
/// the pieces of a name (`person::propagate`).
pub(crate) fn lookup(raw: &str) -> Word {
    KNOWN_WORDS.with_borrow_mut(|memo| remembered(memo, raw, lexicon::get(), &mut String::new()))
}

/// What each of `split`'s tokens is, the text's tokens (classified as `words`) cut at some
/// places: the tokens left whole keep their words, only the tokens made again are classified.
/// A long text is cut somewhere almost always, and classifying it all again cost a sixth of
/// finding names in it.
pub(crate) fn reclassify(text: &str, split: &Split, words: &[Word]) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::with_capacity(split.tokens.len());
    let mut old = 0;
    for (new, was) in &split.redone {
        out.extend_from_slice(&words[old..was.start]);
        out.extend(classify(text, &split.tokens[new.clone()]));
        old = was.end;
    }
    out.extend_from_slice(&words[old..]);
    out
}

thread_local! {
    /// What each word is, by its exact text. Notes use the same few thousand words again and
    /// again; a lookup costs a fraction of lowercasing, reading the case and the lexicon flags.
    /// A `Word` depends only on the text and the built-in lexicon, so one memo serves every
    /// redactor on the thread.
    static KNOWN_WORDS: RefCell<Memo> = RefCell::new(Memo::default());
}

/// The memo of words: those of up to 8 bytes, most of them, keyed by one machine word; the
/// longer ones by three.
#[derive(Default)]
struct Memo {
    short: ShortWords,
    long: FxHashMap<MemoKey, Word>,
}

/// The memo's words of up to 8 bytes: open addressing with linear probing over slots that hold
/// the key and the word together, so a lookup reads one cache line where a general hash map
/// reads a control byte and then the slot. Key 0 marks an empty slot (a word token is never
/// empty, so no word's key is 0). At most half the slots are full.
#[derive(Default)]
struct ShortWords {
    slots: Vec<(u64, Word)>,
    len: usize,
}

impl ShortWords {
    #[inline(always)]
    fn slot(&self, key: u64) -> usize {
        // Fibonacci hashing: the multiply spreads the word's bytes into the high bits.
        let bits = self.slots.len().trailing_zeros();
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
    }

    #[inline(always)]
    fn get(&self, key: u64) -> Option<Word> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = self.slot(key);
        loop {
            let (k, w) = self.slots[i];
            if k == key {
                return Some(w);
            }
            if k == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    fn insert(&mut self, key: u64, w: Word) {
        if (self.len + 1) * 2 > self.slots.len() {
            let grown = vec![(0, Word::default()); (self.slots.len() * 2).max(1024)];
            let old = std::mem::replace(&mut self.slots, grown);
            self.len = 0;
            for (k, w) in old.into_iter().filter(|&(k, _)| k != 0) {
                self.insert(k, w);
            }
        }
        let mask = self.slots.len() - 1;
        let mut i = self.slot(key);
        while self.slots[i].0 != 0 {
            if self.slots[i].0 == key {
                return;
            }
            i = (i + 1) & mask;
        }
        self.slots[i] = (key, w);
        self.len += 1;
    }

    fn len(&self) -> usize {
        self.len
    }

    fn clear(&mut self) {
        self.slots.iter_mut().for_each(|s| s.0 = 0);
        self.len = 0;
    }
}

impl Memo {
    fn len(&self) -> usize {
        self.short.len() + self.long.len()
    }

    fn clear(&mut self) {
        self.short.clear();
        self.long.clear();
    }
}

/// A memo key: the word's bytes, zero-padded. A word token holds no NUL byte, so the padding
/// cannot make two words equal; fixed-size keys hash and compare in three machine words, with
/// no pointer to follow.
#[derive(Clone, Copy, PartialEq, Eq)]
struct MemoKey([u64; MEMO_WORD_BYTES / 8]);

impl MemoKey {
    /// The key of a word short enough to keep.
    fn of(word: &str) -> Option<MemoKey> {
        let bytes = word.as_bytes();
        if bytes.len() > MEMO_WORD_BYTES {
            return None;
        }
        let mut padded = [0u8; MEMO_WORD_BYTES];
        padded[..bytes.len()].copy_from_slice(bytes);
        let part = |i: usize| u64::from_le_bytes(padded[i * 8..i * 8 + 8].try_into().expect("8 bytes"));
        Some(MemoKey([part(0), part(1), part(2)]))
    }
}

impl std::hash::Hash for MemoKey {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        // No length prefix, unlike the array's own `Hash`: the key has a fixed size.
        for part in self.0 {
            state.write_u64(part);
        }
    }
}

/// The memo's bounds: at most this many words (a full memo is emptied at the next document),
/// of at most this many bytes each; about 1 MB per thread.
const MEMO_WORDS: usize = 16_384;
const MEMO_WORD_BYTES: usize = 24;

/// What a word token is.
fn word(raw: &str, lex: &Lexicon, buf: &mut String) -> Word {
    let lower = lexicon::lower_into(raw, buf);
    let case = case_of(raw);
    let initial = raw.chars().count() == 1 && case != Case::Lower && raw.chars().all(char::is_uppercase);
    let f = lex.flags(lower);
    let particle = is_particle(lower);
    let bit = |bit: u16, yes: bool| if yes { bit } else { 0 };
    Word {
        is: Is::WORD
            | bit(Is::FIRST, f.has(Flags::FIRST_NAME))
            | bit(Is::SURNAME, f.has(Flags::SURNAME))
            | bit(Is::COMMON, f.has(Flags::COMMON))
            | bit(Is::TITLE, f.has(Flags::TITLE))
            | bit(Is::RELATION, f.has(Flags::RELATION))
            | bit(Is::PLACE, f.has(Flags::PLACE))
            | bit(Is::LOCALITY, f.has(Flags::LOCALITY))
            // "van", "de" inside a name; "Ben" or "Das" written with a capital are names.
            | bit(Is::PARTICLE, case == Case::Lower && particle)
            | bit(Is::PARTICLE_ANY_CASE, particle)
            | bit(Is::MONTH, f.has(Flags::MONTH))
            | bit(Is::INITIAL, initial)
            | bit(Is::PARTS, has_parts(raw))
            // Titles are in the lexicon as non-names too, so NOT_NAME covers them (a word or
            // name piece holds no full stop for `lexicon::is_title` to trim).
            | bit(Is::PROPAGATES, lower.chars().count() >= 2 && !f.has(Flags::NOT_NAME) && !particle)
            | bit(Is::EVERYDAY, lexicon::is_everyday_word(lower))
            | bit(Is::LISTED_NOT_NAME, f.has(Flags::NOT_NAME)),
        case: Some(if initial { Case::Upper } else { case }),
        cue: cue_of(raw),
        lower_hash: lower_hash(lower),
        // Of the lowercase with straight apostrophes, so "didn’t" is the verb "didn't".
        role: Role::of(lower),
        place_head: f.has(Flags::PLACE_HEAD),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    type View = (bool, Option<Case>, bool, bool, bool, bool, u16, u16);

    fn fresh(text: &str, tokens: &[Token]) -> Vec<View> {
        let mut buf = String::new();
        let lex = lexicon::get();
        let view =
            |w: Word| (w.word(), w.case, w.first(), w.surname(), w.not_name(), w.initial(), w.cue, w.role);
        tokens
            .iter()
            .map(|t| {
                if t.kind == Kind::Word {
                    view(word(t.text(text), lex, &mut buf))
                } else {
                    view(Word::default())
                }
            })
            .collect()
    }

    /// The memo of classified words gives what classifying afresh gives, before and after it
    /// fills up and is emptied, and for words too long to keep.
    #[test]
    fn memoised_words_are_classified_as_afresh() {
        let text = "Jade MORRIS met Dr O'Neill-Smith and J. van der Berg; jade rose Rose ROSE \
                    Ávila-Núñez Supercalifragilisticexpialidocious Hove";
        let tokens = tokenize(text);
        let view = |ws: Vec<Word>| -> Vec<_> {
            ws.into_iter()
                .map(|w| (w.word(), w.case, w.first(), w.surname(), w.not_name(), w.initial(), w.cue, w.role))
                .collect()
        };
        for round in 0..3 {
            assert_eq!(view(classify(text, &tokens)), fresh(text, &tokens), "round {round}");
            // Fill the memo past its bound with made-up words.
            let letters = |i: usize| -> String {
                (0..4).map(|k| char::from(b'a' + (i / 26usize.pow(k) % 26) as u8)).collect()
            };
            let filler: String =
                (0..MEMO_WORDS * 2 / 3).map(|i| format!("Zq{} ", letters(i + round * 9_000))).collect();
            classify(&filler, &tokenize(&filler));
            assert!(KNOWN_WORDS.with_borrow(|m| m.len()) > MEMO_WORDS / 2);
        }
        assert!(KNOWN_WORDS.with_borrow(|m| m.len()) <= MEMO_WORDS);
    }

    /// The short-word table finds every key it holds, through growth and collisions, and none
    /// it does not; emptied, it holds none.
    #[test]
    fn short_word_table_finds_what_it_holds() {
        let mut table = ShortWords::default();
        let word = |k: u64| Word { lower_hash: k, ..Word::default() };
        // Keys that differ only in high bytes, and ones that differ only in low bytes.
        let keys: Vec<u64> = (1..=5_000u64).flat_map(|i| [i, i << 40]).collect();
        for &k in &keys {
            table.insert(k, word(k));
            table.insert(k, word(k)); // again: no second copy
        }
        assert_eq!(table.len(), keys.len());
        assert!(keys.iter().all(|&k| table.get(k).map(|w| w.lower_hash) == Some(k)));
        assert!((5_001..6_000u64).all(|k| table.get(k).is_none() && table.get(k << 40).is_none()));
        table.clear();
        assert_eq!(table.len(), 0);
        assert!(keys.iter().all(|&k| table.get(k).is_none()));
    }

    /// A word's roles are what the lists say of the word lowercased, whatever its case, with a
    /// curly apostrophe read as a straight one.
    #[test]
    fn roles_are_the_lists_answers() {
        let words = [
            "Mr",
            "MRS",
            "dr",
            "Rang",
            "EMAILED",
            "said",
            "Said",
            "DISCLOSED",
            "was",
            "Is",
            "aka",
            "Née",
            "NEE",
            "called",
            "As",
            "KNOWN",
            "aged",
            "Age",
            "her",
            "FOSTER",
            "ex",
            "Ex",
            "step",
            "Jade",
            "O’Neill",
            "didn’t",
            "İs",
            "Auguſt",
            "Kelvin",
            "the",
            "ſaid",
        ];
        let lead_in = ["her", "his", "their", "my", "our", "the", "older", "younger", "eldest", "youngest"];
        for raw in words {
            let exact = raw.to_lowercase().replace('’', "'");
            let l = exact.as_str();
            let role = classify(raw, &tokenize(raw))[0].role;
            let has = |bit| role & bit != 0;
            assert_eq!(has(Role::STRONG_TITLE), lexicon::is_strong_title(l), "{raw}");
            assert_eq!(has(Role::CONTACT_VERB), lexicon::is_contact_verb(l), "{raw}");
            assert_eq!(has(Role::PERSON_VERB), lexicon::is_person_verb(l), "{raw}");
            assert_eq!(
                has(Role::NAMING),
                ["aka", "nee", "née", "called", "named", "alias"].contains(&l),
                "{raw}"
            );
            assert_eq!(has(Role::AS), l == "as", "{raw}");
            assert_eq!(has(Role::KNOWN), l == "known", "{raw}");
            assert_eq!(has(Role::AGE), l == "aged" || l == "age", "{raw}");
            if lead_in.contains(&l) {
                assert!(has(Role::LEAD_IN), "{raw}");
            }
        }
        assert!(classify("didn’t", &tokenize("didn’t"))[0].role & Role::PERSON_VERB != 0);
        // Numbers and punctuation have no role.
        let text = "12 , said";
        let roles: Vec<u16> = classify(text, &tokenize(text)).iter().map(|w| w.role).collect();
        assert_eq!(roles, [0, 0, Role::PERSON_VERB | Role::AFTER_INITIALS]);
    }

    /// Words carried over from the uncut tokens are what classifying the cut tokens gives.
    #[test]
    fn reclassified_words_are_classified_words() {
        let pieces = [
            "Gu", "BN2", "1AB", "Jade", "MORRIS", "Flat", "2", "x", "é", " ", "\n", "O'Neill", "rose",
            "said", "Mr", "-", "'", "’s", "07700", "Zoë", "14a", "ſ", ".", "900123",
        ];
        let mut cut = 0;
        for (n, text) in
            crate::detect::random_texts(&pieces, 2000, 16, 6, 0x51_7cc1_b727_220a).into_iter().enumerate()
        {
            let tokens = tokenize(&text);
            let words = classify(&text, &tokens);
            // Spans at every few character boundaries, cutting tokens here and there.
            let bounds: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
            let spans: Vec<crate::Span> = bounds
                .windows(2)
                .skip(n % 3)
                .step_by(5)
                .map(|w| crate::detect::candidate(w[0], w[1], crate::Label::Postcode, 0.9, "test"))
                .collect();
            let Some(split) = crate::tokens::split_at_spans(&text, &tokens, &spans) else { continue };
            let shape = |ts: &[Token]| -> Vec<_> {
                ts.iter().map(|t| (t.start, t.end, t.kind, t.space_before, t.newline_before)).collect()
            };
            let whole = crate::tokens::tokenize_with_breaks::<true>(&text, &split.cuts);
            assert_eq!(shape(&split.tokens), shape(&whole), "{text:?}");
            cut += 1;
            let view = |ws: Vec<Word>| -> Vec<_> {
                ws.into_iter()
                    .map(|w| (w.word(), w.case, w.first(), w.not_name(), w.cue, w.role, w.lower_hash))
                    .collect()
            };
            assert_eq!(
                view(reclassify(&text, &split, &words)),
                view(classify(&text, &split.tokens)),
                "{text:?}"
            );
        }
        assert!(cut > 500, "{cut}");
    }
}
