//! Name words: which gold names the library's own gazetteers contain ("unseen" names are those
//! they do not), and which gold names are variants of a known person's name.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

/// Titles and ranks: part of a PERSON span but not a name word.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "cllr", "dc", "ds", "di", "pc", "pcso", "master",
    "sir", "dame", "lady", "lord",
];

/// The lowercased words of a name, without titles and single letters: "Mrs J. O'Neill-Smith" gives
/// `["o'neill-smith"]`.
pub fn name_words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’' || c == '-'))
        .map(|w| w.trim_matches(|c| c == '\'' || c == '’' || c == '-').to_lowercase())
        .filter(|w| w.chars().count() > 1 && !TITLES.contains(&w.as_str()))
        .collect()
}

/// The letters of a span made of initials only ("J.M.", "JM", "J M"), lowercased; `None` for
/// anything else. A run of two or three capitals counts as initials.
pub fn initials(text: &str) -> Option<String> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '.')
        .filter(|w| !w.is_empty() && !TITLES.contains(&w.to_lowercase().as_str()))
        .collect();
    if words.is_empty() {
        return None;
    }
    let single = words.iter().all(|w| w.chars().count() == 1);
    let run = words.len() == 1
        && (2..=3).contains(&words[0].chars().count())
        && words[0].chars().all(|c| c.is_uppercase());
    if !(single || run) || !words.iter().all(|w| w.chars().all(char::is_alphabetic)) {
        return None;
    }
    Some(words.concat().to_lowercase())
}

/// The first names and surnames the library ships, lowercased.
pub struct Gazetteer {
    words: HashSet<String>,
}

impl Gazetteer {
    /// The core crate's data folder.
    pub fn default_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/data")
    }

    /// Reads `first_names.txt` and `surnames.txt` from `dir`: one name a line (anything after a
    /// tab or comma is ignored, `#` lines are comments). `None` when either file is missing.
    pub fn load(dir: &Path) -> Option<Gazetteer> {
        let mut words = HashSet::new();
        for file in ["first_names.txt", "surnames.txt"] {
            let data = fs::read_to_string(dir.join(file)).ok()?;
            for line in data.lines() {
                let name = line.split(['\t', ',']).next().unwrap_or("").trim();
                if !name.is_empty() && !name.starts_with('#') {
                    words.insert(name.to_lowercase());
                }
            }
        }
        Some(Gazetteer { words })
    }

    /// A gazetteer of the given words (for tests).
    pub fn from_words<'a>(words: impl IntoIterator<Item = &'a str>) -> Gazetteer {
        Gazetteer { words: words.into_iter().map(str::to_lowercase).collect() }
    }

    fn knows(&self, word: &str) -> bool {
        self.words.contains(word)
            || (word.contains('-') && word.split('-').any(|part| self.words.contains(part)))
    }

    /// Whether a gold PERSON text is "unseen": it has name words and none is in the gazetteer.
    /// `None` when it has no name words (initials, a bare title).
    pub fn is_unseen(&self, text: &str) -> Option<bool> {
        let words = name_words(text);
        if words.is_empty() {
            return None;
        }
        Some(!words.iter().any(|w| self.knows(w)))
    }
}

/// The names of the people a document says are known, for recognising their variants.
pub struct KnownNames {
    people: Vec<(HashSet<String>, Vec<String>)>,
}

impl KnownNames {
    /// From full names such as "Jade Louise Morris".
    pub fn new(names: &[String]) -> KnownNames {
        let people = names
            .iter()
            .map(|name| {
                let words = name_words(name);
                let mut set: HashSet<String> = words.iter().cloned().collect();
                for w in &words {
                    set.extend(w.split('-').filter(|p| p.chars().count() > 1).map(str::to_string));
                }
                let first: Vec<char> = words.iter().filter_map(|w| w.chars().next()).collect();
                let mut inits = vec![first.iter().collect::<String>()];
                if first.len() > 2 {
                    inits.push([first[0], first[first.len() - 1]].iter().collect());
                }
                (set, inits)
            })
            .collect();
        KnownNames { people }
    }

    /// Whether a gold PERSON text is one known person's name or a part of it, in any casing, with
    /// or without a title, or their initials.
    pub fn matches(&self, text: &str) -> bool {
        if let Some(letters) = initials(text) {
            if self.people.iter().any(|(_, inits)| inits.contains(&letters)) {
                return true;
            }
        }
        let words = name_words(text);
        !words.is_empty() && self.people.iter().any(|(set, _)| words.iter().all(|w| set.contains(w)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_words_drop_titles_initials_and_punctuation() {
        assert_eq!(name_words("Mrs J. O'Neill-Smith"), ["o'neill-smith"]);
        assert_eq!(name_words("MORRIS, Jade"), ["morris", "jade"]);
        assert_eq!(name_words("DC Patel"), ["patel"]);
        assert!(name_words("J.M.").is_empty());
    }

    #[test]
    fn initials_are_recognised() {
        assert_eq!(initials("J.M.").as_deref(), Some("jm"));
        assert_eq!(initials("J M").as_deref(), Some("jm"));
        assert_eq!(initials("JM").as_deref(), Some("jm"));
        assert_eq!(initials("Jade"), None);
        assert_eq!(initials("MORRIS"), None);
    }

    #[test]
    fn unseen_means_no_word_in_the_gazetteer() {
        let g = Gazetteer::from_words(["jade", "smith"]);
        assert_eq!(g.is_unseen("Jade Okonkwo"), Some(false));
        assert_eq!(g.is_unseen("Ms Okonkwo"), Some(true));
        assert_eq!(g.is_unseen("Okonkwo-Smith"), Some(false));
        assert_eq!(g.is_unseen("J.O."), None);
    }

    #[test]
    fn known_variants_match_and_strangers_do_not() {
        let k = KnownNames::new(&["Jade Louise Morris".to_string(), "Kelly Smith-Jones".to_string()]);
        for text in ["Jade", "jade", "MORRIS, Jade", "Ms Morris", "JADE MORRIS", "J.M.", "JLM", "Jones"] {
            assert!(k.matches(text), "{text}");
        }
        let ng = KnownNames::new(&["Wei Ng".to_string()]);
        assert!(ng.matches("NG") && ng.matches("WN") && ng.matches("Mr Ng"));
        for text in ["Kayz", "Jade Smith", "Mr Brown", "K.M."] {
            assert!(!k.matches(text), "{text}");
        }
    }
}
