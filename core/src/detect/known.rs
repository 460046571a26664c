//! What the caller already knows: known people (every variant of their names), known values
//! (matched however they are written) and deny phrases. These score 1.0 and win every overlap.

use std::collections::BTreeSet;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use regex::Regex;

use super::{candidate, date};
use crate::lexicon;
use crate::{Config, DateOrder, Error, Label, Span};

pub(crate) struct Known {
    /// Name variants of known people, matched in any ASCII casing; other casings are listed.
    people: Option<AhoCorasick>,
    /// Initials ("JM") and name parts that are ordinary words, matched only as written.
    initials: Option<AhoCorasick>,
    values: Vec<(Label, Regex)>,
    dates: Vec<date::Date>,
    deny: Option<(AhoCorasick, Vec<Label>)>,
}

/// Whether `start..end` is a whole word or phrase: no letter or digit directly either side.
pub(crate) fn at_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

fn case_insensitive(patterns: &[String], what: &str) -> Result<Option<AhoCorasick>, Error> {
    if patterns.is_empty() {
        return Ok(None);
    }
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .build(patterns)
        .map(Some)
        .map_err(|_| Error::key(what, "too many or too long entries"))
}

/// Every way a known person's name may be written. `loose` variants match in any casing;
/// `exact` ones (initials, and parts that are also role or function words such as "Foster" or
/// "Nana") match only as written, capitalised or in capitals, so "foster carer" stays. Parts
/// that are everyday words ("Rose", "Bill") match in any casing: the caller said this person is
/// on the case, and recall comes first.
fn name_variants(name: &str, loose: &mut BTreeSet<String>, exact: &mut BTreeSet<String>) {
    let straight = name.trim().replace('’', "'");
    let words: Vec<&str> = straight
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty() && !lexicon::is_title(&w.to_lowercase()))
        .collect();
    let mut add = |s: String| {
        // A name of only a title or punctuation ("Mr", ",") has no words: an empty variant would
        // match everywhere, even inside a character.
        if !s.chars().any(char::is_alphanumeric) {
            return;
        }
        for v in [s.replace('\'', "’"), fold_diacritics(&s), s.to_lowercase(), s.to_uppercase(), s] {
            loose.insert(v);
        }
    };
    add(straight.clone());
    add(words.join(" "));
    // Every tail of the name: "Ni Cheallaigh", "Ó Néill" keep their particle; and adjacent
    // words hyphenated ("Ball Callahan" written "Ball-Callahan").
    for k in 1..words.len() {
        add(words[k..].join(" "));
        add(format!("{}-{}", words[k - 1], words[k]));
    }
    for w in &words {
        // Parts of a hyphenated name stand alone too ("Smith-Jones" then "Jones").
        for part in std::iter::once(*w).chain(w.split('-').filter(|_| w.contains('-'))) {
            if part.chars().count() < 2 {
                continue;
            }
            let lower = part.to_lowercase();
            let lex = lexicon::get();
            if lex.is_not_name(&lower) {
                let mut chars = lower.chars();
                let title: String =
                    chars.next().into_iter().flat_map(char::to_uppercase).chain(chars).collect();
                exact.extend([part.to_string(), title, part.to_uppercase()]);
            } else {
                add(part.to_string());
            }
        }
        if w.contains('-') {
            add(w.replace('-', " "));
        }
    }
    if words.len() >= 2 {
        // "SURNAME, First" and "First M. Surname" orders.
        add(format!("{}, {}", words[words.len() - 1], words[..words.len() - 1].join(" ")));
        add(format!("{} {}", words[0], words[words.len() - 1]));
        let letters: Vec<String> = words
            .iter()
            .filter_map(|w| w.chars().next())
            .flat_map(char::to_uppercase)
            .map(String::from)
            .collect();
        add(letters.join(".") + ".");
        add(letters.join(". ") + ".");
        add(letters.join("."));
        // "JM" and "J M" only in capitals: "jm" or "j m" could be anything. With a middle name,
        // first and last initials alone too ("J.M." for "Jade Louise Morris").
        let first_last = [letters[0].clone(), letters[letters.len() - 1].clone()];
        for l in [&letters[..], &first_last[..]] {
            exact.insert(l.concat());
            exact.insert(l.join(" "));
            exact.insert(l.join(".") + ".");
            exact.insert(l.join(". ") + ".");
        }
        // "J. Morris", "J Morris"
        add(format!("{}. {}", letters[0], words[words.len() - 1]));
        add(format!("{} {}", letters[0], words[words.len() - 1]));
    }
}

/// `s` with the common Latin diacritics removed ("Ní Néill" -> "Ni Neill"), since notes are
/// often typed without them.
fn fold_diacritics(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
            'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' | 'Ā' | 'Ă' | 'Ą' => 'A',
            'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
            'É' | 'È' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => 'E',
            'í' | 'ì' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
            'Í' | 'Ì' | 'Î' | 'Ï' | 'Ī' | 'Į' | 'İ' => 'I',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'ő' => 'o',
            'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' | 'Ø' | 'Ō' | 'Ő' => 'O',
            'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => 'u',
            'Ú' | 'Ù' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' | 'Ų' => 'U',
            'ç' | 'ć' | 'č' => 'c',
            'Ç' | 'Ć' | 'Č' => 'C',
            'ñ' | 'ń' | 'ň' => 'n',
            'Ñ' | 'Ń' | 'Ň' => 'N',
            'ś' | 'š' | 'ș' | 'ş' => 's',
            'Ś' | 'Š' | 'Ș' | 'Ş' => 'S',
            'ź' | 'ż' | 'ž' => 'z',
            'Ź' | 'Ż' | 'Ž' => 'Z',
            'ł' => 'l',
            'Ł' => 'L',
            'ț' | 'ţ' => 't',
            'Ț' | 'Ţ' => 'T',
            'ğ' => 'g',
            'Ğ' => 'G',
            'ý' | 'ÿ' => 'y',
            'Ý' => 'Y',
            'đ' => 'd',
            'Đ' => 'D',
            other => other,
        })
        .collect()
}

/// A regex that finds `value` however its letters and digits are spaced and punctuated.
fn flexible_regex(value: &str) -> Option<Regex> {
    let mut parts = Vec::new();
    for run in value.split(|c: char| !c.is_alphanumeric()).filter(|r| !r.is_empty()) {
        if run.chars().all(|c| c.is_ascii_digit()) {
            // Digits may be grouped any way: "9434765919" is "943 476 5919".
            let digits: Vec<String> = run.chars().map(|c| c.to_string()).collect();
            parts.push(digits.join(r"[\s\-.()]?"));
        } else {
            parts.push(regex::escape(run));
        }
    }
    if parts.is_empty() {
        return None;
    }
    Regex::new(&format!(r"(?i)(?-u:\b){}(?-u:\b)", parts.join(r"[^\p{L}\p{N}]{0,3}"))).ok()
}

impl Known {
    pub fn build(config: &Config) -> Result<Known, Error> {
        // A set, not a list: checking a list for duplicates made 10,000 people take 15 s.
        let (mut variants, mut initials) = (BTreeSet::new(), BTreeSet::new());
        for p in &config.known_people {
            name_variants(&p.name, &mut variants, &mut initials);
            for a in &p.aliases {
                name_variants(a, &mut variants, &mut initials);
            }
        }
        let initials = if initials.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::Standard)
                    .build(initials)
                    .map_err(|_| Error::key("known_people", "too many or too long entries"))?,
            )
        };
        let mut values = Vec::new();
        let mut dates = Vec::new();
        for (i, v) in config.known_values.iter().enumerate() {
            if v.label == Label::Date {
                let parsed = date::parse(&v.value, config.date_order)
                    .or_else(|| date::parse(&v.value, DateOrder::Dmy))
                    .ok_or_else(|| {
                        Error::key(format!("known_values[{i}].value"), "not a date casemask can read")
                    })?;
                dates.push(parsed);
            }
            if let Some(re) = flexible_regex(&v.value) {
                values.push((v.label, re));
            }
        }
        let deny_values: Vec<String> = config.deny.iter().map(|d| d.value.clone()).collect();
        let deny = case_insensitive(&deny_values, "deny")?
            .map(|ac| (ac, config.deny.iter().map(|d| d.label).collect()));
        let variants: Vec<String> = variants.into_iter().collect();
        Ok(Known { people: case_insensitive(&variants, "known_people")?, initials, values, dates, deny })
    }

    pub fn find(&self, text: &str, out: &mut Vec<Span>) {
        if let Some(ac) = &self.people {
            // Every overlapping match: a match rejected at a word boundary ("Told Kowalczyk"
            // holds "d Kowalczyk") must not hide the right one under it; resolve picks the longest.
            for m in ac.find_overlapping_iter(text) {
                if at_word_boundaries(text, m.start(), m.end())
                    && !inside_address_token(text, m.start(), m.end())
                {
                    let start = with_title(text, m.start());
                    out.push(candidate(start, m.end(), Label::Person, 1.0, "known_person"));
                }
            }
        }
        if let Some(ac) = &self.initials {
            // Every overlapping match: a match rejected at a word boundary ("Told Kowalczyk"
            // holds "d Kowalczyk") must not hide the right one under it; resolve picks the longest.
            for m in ac.find_overlapping_iter(text) {
                if at_word_boundaries(text, m.start(), m.end()) {
                    out.push(candidate(m.start(), m.end(), Label::Person, 1.0, "known_person"));
                }
            }
        }
        for (label, re) in &self.values {
            for m in re.find_iter(text) {
                out.push(candidate(m.start(), m.end(), *label, 1.0, "known_value"));
            }
        }
        if let Some((ac, labels)) = &self.deny {
            // Every overlapping match: a match rejected at a word boundary ("Told Kowalczyk"
            // holds "d Kowalczyk") must not hide the right one under it; resolve picks the longest.
            for m in ac.find_overlapping_iter(text) {
                if at_word_boundaries(text, m.start(), m.end()) {
                    out.push(candidate(m.start(), m.end(), labels[m.pattern().as_usize()], 1.0, "deny"));
                }
            }
        }
    }

    /// Raises date candidates that are a known date, however written, to score 1.0.
    pub fn upgrade_dates(&self, text: &str, order: DateOrder, candidates: &mut Vec<Span>) {
        if self.dates.is_empty() {
            return;
        }
        let known: Vec<Span> = candidates
            .iter()
            .filter(|c| c.label == Label::Date)
            .filter(|c| {
                date::parse(&text[c.start..c.end], order)
                    .is_some_and(|d| self.dates.iter().any(|k| d.matches(k)))
            })
            .map(|c| Span { score: 1.0, detector: "known_value", ..c.clone() })
            .collect();
        candidates.extend(known);
    }
}

/// Whether a match lies inside an email address, URL or handle ("kennedy.teddy@example.com"):
/// those are masked whole by their own detectors.
fn inside_address_token(text: &str, start: usize, end: usize) -> bool {
    // Step past the whole whitespace character: a no-break space is two bytes.
    let token_start = text[..start]
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let token_end = text[end..].find(char::is_whitespace).map_or(text.len(), |i| end + i);
    let token = &text[token_start..token_end];
    // "its.melsa" and "rosamar.g.08" are handles; "K.A." is initials, "J.Smith" a name.
    let core = token.trim_end_matches(|c: char| !c.is_alphanumeric());
    let dotted = core.contains('.')
        && (core.split('.').all(|part| part.chars().count() >= 2)
            || core.bytes().any(|b| b.is_ascii_digit()));
    token.contains('@') || token.contains("://") || token.contains(".com/") || token.contains('_') || dotted
}

/// Extends a match left over a title ("Ms Morris").
fn with_title(text: &str, start: usize) -> usize {
    let before = text[..start].trim_end();
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphabetic() || c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    if !word.is_empty() && before.len() < start && lexicon::is_title(&word.to_lowercase()) {
        word_start
    } else {
        start
    }
}
