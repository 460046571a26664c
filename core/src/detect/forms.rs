//! Form fields: "Label: value" in referral forms and headers. The label says what the value is:
//! a name ("Mother:", "Child's name:"), an address or a place that locates a child ("Address:",
//! "School:", "GP surgery:"), possibly continued on the following lines.

use super::cues::Cues;
use super::{candidate, words};
use crate::lexicon;
use crate::tokens::{floor_char_boundary, Token};
use crate::{Label, Span};

/// A label at the start of a line (after optional bullets) or after a wide gap, then a colon.
/// Searched by hand (`label_match_start`); the tests compare the two.
#[cfg(test)]
static LABEL: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?m)(?:^[ \t]*(?:[-*•>|]\s*)?|[ \t]{2,}|\t|\|\s*)([A-Za-z][A-Za-z'’/.&() ]{0,38}?)[ \t]*:[ \t]*",
    )
    .unwrap()
});

/// How far before its colon a label can start: 39 characters of up to 4 bytes, plus the
/// bullet before it (runs of spaces before that are stepped over separately).
const LABEL_REACH: usize = 4 * 39 + 8;

/// A label found: the whole match (prefix, label, colon, spaces) and the label itself.
struct Found {
    start: usize,
    end: usize,
    label: (usize, usize),
}

pub(crate) fn find(text: &str, _tokens: &[Token], out: &mut Vec<Span>) {
    let labels = labels(text);
    let mut buf = String::new();
    for (i, found) in labels.iter().enumerate() {
        let raw = text[found.label.0..found.label.1].trim().trim_end_matches('.');
        let label = singular(lexicon::lower_into(raw, &mut buf));
        let value_start = found.end;
        let line_end = text[value_start..].find('\n').map_or(text.len(), |p| value_start + p);
        let next_label = labels.get(i + 1).map_or(text.len(), |n| n.start);
        let value_end = line_end.min(next_label);
        if lexicon::is_person_label(label) {
            person_value(text, value_start, value_end, out);
        } else if lexicon::is_address_label(label) {
            address_value(text, value_start, value_end, line_end == value_end, out);
        }
    }
}

/// A label without the plural written in brackets: "First name(s)", "Child(ren)".
fn singular(label: &str) -> &str {
    ["(s)", "(es)", "(ren)"].iter().find_map(|p| label.strip_suffix(p)).map_or(label, str::trim_end)
}

/// Every match of [`LABEL`], in order, as `captures_iter` would give them, but searching only
/// the short stretch before each colon: a label ends at a colon, so most of a note (prose
/// without colons) is never scanned, and no match can start before the previous one's colon.
fn labels(text: &str) -> Vec<Found> {
    let mut found = Vec::new();
    let mut from = 0;
    let bytes = text.as_bytes();
    for colon in memchr::memchr_iter(b':', bytes) {
        if colon < from {
            continue;
        }
        // Most colons are not after a label ("7:45", "https://"): the label's last character
        // (before any spaces) must be one a label can end with.
        let mut last = colon;
        while last > from && matches!(bytes[last - 1], b' ' | b'\t') {
            last -= 1;
        }
        if last == from
            || !(bytes[last - 1].is_ascii_alphabetic() || b"'/.&()\x99".contains(&bytes[last - 1]))
        {
            continue;
        }
        let mut start = floor_char_boundary(text, colon.saturating_sub(LABEL_REACH)).max(from);
        // A run of spaces or tabs before the label belongs to the match (a wide gap).
        while start > from && matches!(bytes[start - 1], b' ' | b'\t') {
            start -= 1;
        }
        let mut end = colon + 1;
        while end < text.len() && matches!(bytes[end], b' ' | b'\t') {
            end += 1;
        }
        // The label (group 1) starts at the match's first letter (the prefix holds none) and
        // ends before the spaces before the colon.
        if let Some(match_start) = label_match_start(text, start, last) {
            let match_bytes = &bytes[match_start..end];
            let label_start = match_start + match_bytes.iter().position(u8::is_ascii_alphabetic).unwrap_or(0);
            found.push(Found { start: match_start, end, label: (label_start, last) });
            from = end;
        }
    }
    found
}

/// Where the leftmost [`LABEL`] match that starts at or after `start` begins, when it ends at the
/// colon after `last` (only spaces and tabs lie between): [`LABEL`]'s search, read by hand. A
/// regex search costs more than the rest of this module, and notes have a colon every 120 bytes.
///
/// The match there ends after the spaces following the colon, and its label ends at `last`: the
/// label is lazy and holds no colon, so it stops where only the spaces before the colon are left.
/// No match ends at an earlier colon: such a colon was searched before, from no later a start.
/// The label starts with an ASCII letter, holds up to 39 characters of its class and is
/// preceded by one of the prefixes; the match starts where the earliest such prefix does.
fn label_match_start(text: &str, start: usize, last: usize) -> Option<usize> {
    let mut earliest: Option<usize> = None;
    let mut q = last;
    for (chars, c) in text[start..last].chars().rev().enumerate() {
        if chars == 39
            || !(c.is_ascii_alphabetic() || matches!(c, '\'' | '’' | '/' | '.' | '&' | '(' | ')' | ' '))
        {
            break;
        }
        q -= c.len_utf8();
        if c.is_ascii_alphabetic() {
            if let Some(p) = prefix_start(text, start, q) {
                earliest = Some(earliest.map_or(p, |e| e.min(p)));
            }
        }
    }
    earliest
}

/// The earliest start at or after `start` of a [`LABEL`] prefix that ends at `q`:
/// `^[ \t]*(?:[-*•>|]\s*)?`, `[ \t]{2,}`, `\t` or `\|\s*` (`^` after a line feed, `\s` any
/// Unicode whitespace).
fn prefix_start(text: &str, start: usize, q: usize) -> Option<usize> {
    let b = text.as_bytes();
    // Inside a word, as most letters are: every prefix ends in a blank, a line feed, other
    // whitespace or a bullet.
    if q > 0 && b[q - 1].is_ascii() && !b[q - 1].is_ascii_whitespace() && !b"-*>|\x0B".contains(&b[q - 1]) {
        return None;
    }
    let line_start = |p: usize| p == 0 || b[p - 1] == b'\n';
    // Where the run of spaces and tabs that ends at `at` starts.
    let blanks_from =
        |at: usize| at - b[..at].iter().rev().take_while(|&&c| matches!(c, b' ' | b'\t')).count();
    let mut options = [None; 4];
    // Spaces and tabs right before the label: `^[ \t]*`, `[ \t]{2,}`, `\t`.
    let spaces = blanks_from(q);
    if line_start(spaces) && spaces >= start {
        options[0] = Some(spaces);
    }
    let from = spaces.max(start);
    if q >= from + 2 || (q == from + 1 && b[from] == b'\t') {
        options[1] = Some(from);
    }
    // A bullet, then any whitespace: `^[ \t]*[-*•>|]\s*` and `\|\s*`.
    let white = text[..q].trim_end_matches(char::is_whitespace).len();
    if let Some(bullet) = text[..white].strip_suffix(['-', '*', '•', '>', '|']).map(str::len) {
        let before = blanks_from(bullet);
        if line_start(before) && before >= start {
            options[2] = Some(before);
        }
        if b[bullet] == b'|' && bullet >= start {
            options[3] = Some(bullet);
        }
    }
    options.into_iter().flatten().min()
}

/// Names in a person field: one or more, separated by commas, semicolons or "and", each
/// followed perhaps by a role or age in brackets.
fn person_value(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let value = &text[start..end];
    let mut lower = String::new();
    for item in value.split([',', ';', '(', ')', '–', '|', '/']) {
        // Where the item starts, from its address: a separator may be more than one byte ("–").
        let item_start = start + (item.as_ptr() as usize - value.as_ptr() as usize);
        // The leading run of name words: any case, stopping at roles, ages and other words.
        let mut span: Option<(usize, usize)> = None;
        let mut named = false;
        // Whether the one word taken so far is an ordinary word that is no first name.
        let mut first_ordinary = false;
        let mut item_words = item.split_whitespace().peekable();
        while let Some(word) = item_words.next() {
            // Where the word starts, from its address, as for the item.
            let at = item_start + (word.as_ptr() as usize - item.as_ptr() as usize);
            let clean = word.trim_end_matches(['.', ':']);
            let l = lexicon::lower_into(clean, &mut lower);
            let wordy = clean.chars().all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.'));
            if !wordy || l.is_empty() {
                break;
            }
            // From the word memo, not the lexicon: its big table costs a cache miss a word.
            let w = words::lookup(clean);
            // After a name, a word with a colon is the next label ("Signed: Isla Irwin Date:
            // 2025-08-10"); before it, a subject line's "RE:", "FW:" or "Urgent:" is skipped.
            let labelled = word.ends_with(':');
            if labelled && span.is_some() {
                break;
            }
            let ordinary = || w.common() && !w.gazetteer();
            if span.is_none() && (matches!(l, "re" | "fw" | "fwd") || labelled && ordinary()) {
                continue;
            }
            // "Present: father CHEN Wei": a relation in lowercase is no title ("Father Doyle" is).
            let title =
                w.title() && span.is_none() && !(w.relation() && w.case == Some(crate::tokens::Case::Lower));
            // "Children's Services", "(mum's partner)", "– PR, lives apart": a possessive of an
            // ordinary word or a relation, or an abbreviation, is no name.
            let possessive_of = clean.strip_suffix("'s").or_else(|| clean.strip_suffix("\u{2019}s"));
            let ordinary_possessive = possessive_of.is_some_and(|base| {
                let b = words::lookup(base);
                b.relation() || b.common() && !b.gazetteer()
            });
            if ordinary_possessive || lexicon::is_acronym(clean) {
                break;
            }
            // A name's first word that is a word never a name elsewhere ("To: Thu Tạ", "Name:
            // My Tran"), when a name word follows it in the item.
            if span.is_none()
                && w.listed_not_name()
                && !title
                && !w.relation()
                && w.case != Some(crate::tokens::Case::Lower)
                && clean.chars().count() <= 3
                && item_words.peek().is_some_and(|next| could_name(next))
            {
                named = true;
                span = Some((at, at + clean.len()));
                continue;
            }
            // An ordinary word in lowercase ("class teacher", "Rhys attendance") is a role or a
            // subject, not a name; in capitals it may be one ("Known as: Mama", "Poppy").
            // A surname list holds most words ("class"): only a first name counts here.
            let role = w.common() && !w.first() && w.case == Some(crate::tokens::Case::Lower);
            if role && first_ordinary {
                // "Subject: Core group": one ordinary word before a lowercase one is a phrase.
                span = None;
            }
            if !title && (w.listed_not_name() || role || l == "and" || l == "&") {
                break;
            }
            first_ordinary = span.is_none() && w.common() && !w.first() && !title;
            named |= !title;
            let word_end = at + clean.len();
            span = Some(span.map_or((at, word_end), |(s, _)| (s, word_end)));
        }
        // A title alone ("(father)", "Nurse") names nobody.
        if let Some((s, e)) = span.filter(|_| named) {
            let words = text[s..e].split_whitespace().count();
            // Two letters at least, as resolve asks of a piece, or one capital (an initial):
            // "'s" before a masked name is not a name of its own.
            let value = &text[s..e];
            let letters = value.chars().filter(|c| c.is_alphabetic()).count();
            let initial = letters == 1 && value.chars().any(char::is_uppercase);
            if words <= 6 && (letters >= 2 || initial) {
                out.push(candidate(s, e, Label::Person, 0.75, "person.form"));
            }
        }
    }
}

/// Whether `word` is capitalised and could be a name: not an ordinary word unless a listed
/// name, and never a non-name.
fn could_name(word: &str) -> bool {
    let w = words::lookup(word);
    word.starts_with(char::is_uppercase)
        && word.chars().all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'))
        && !w.listed_not_name()
        && (!w.common() || w.gazetteer())
}

/// An address field: the rest of the line, and when that is empty or ends with a comma, the
/// following short lines that carry no label of their own, up to a blank line.
fn address_value(text: &str, start: usize, end: usize, to_line_end: bool, out: &mut Vec<Span>) {
    let mut last_end = start + text[start..end].trim_end().len();
    let first_line = text[start..end].trim();
    // Multi-line form addresses: following short lines that read as address lines, up to a
    // postcode, a blank line, another label or a heading.
    if to_line_end && !super::postcode::is_postcode(first_line) {
        // A value in capitals, where case tells no heading from a place's name.
        let capitals = first_line.contains(char::is_alphabetic) && !first_line.contains(char::is_lowercase);
        let mut pos = end;
        for _ in 0..5 {
            if pos >= text.len() {
                break;
            }
            let line_start = pos + 1;
            let line_end = text[line_start..].find('\n').map_or(text.len(), |p| line_start + p);
            let line = text[line_start..line_end].trim();
            if !is_address_line(line, capitals) {
                break;
            }
            last_end = line_start + text[line_start..line_end].trim_end().len();
            pos = line_end;
            // A postcode ends an address.
            if super::postcode::is_postcode(line) {
                break;
            }
        }
    }
    // A postcode in the value keeps its own label: the address ends before it.
    let mut postcodes = Vec::new();
    super::postcode::find_anywhere(&text[start..last_end], &mut postcodes);
    if let Some(p) = postcodes.first() {
        last_end = start + text[start..start + p.start].trim_end_matches([' ', '\t', '\n', '\r', ',']).len();
    }
    let s = start + (text[start..last_end].len() - text[start..last_end].trim_start().len());
    if s < last_end
        && text[s..last_end].chars().any(char::is_alphanumeric)
        && !is_placeholder(&text[s..last_end])
    {
        // The label says what the value is: stronger than a name guess inside it.
        out.push(candidate(s, last_end, Label::Address, 0.93, "address.form"));
    }
}

/// Values that say there is no address: "Same as child", "Not known", "N/A", or a meeting's
/// "Venue: MS Teams".
fn is_placeholder(value: &str) -> bool {
    starts_with_any_lowercased(
        value.trim(),
        &[
            "ms teams",
            "microsoft teams",
            "teams",
            "zoom",
            "online",
            "virtual",
            "telephone",
            "by phone",
            "same as",
            "as above",
            "not known",
            "unknown",
            "n/a",
            "none",
            "nfa",
            "no fixed",
            "tbc",
            "not given",
            "withheld",
        ],
    )
}

/// Whether `text` lowercased starts with one of `prefixes` (lowercase ASCII). Most texts are
/// ASCII and need no lowercase copy; in others a character may lowercase to ASCII ("K", the
/// Kelvin sign, to "k").
fn starts_with_any_lowercased(text: &str, prefixes: &[&str]) -> bool {
    if text.is_ascii() {
        let b = text.as_bytes();
        prefixes.iter().any(|p| b.len() >= p.len() && b[..p.len()].eq_ignore_ascii_case(p.as_bytes()))
    } else {
        let l = text.to_lowercase();
        prefixes.iter().any(|p| l.starts_with(p))
    }
}

/// A line that could continue an address: short, starting with a capital or a digit, with no
/// label, no sentence and no all-capitals heading.
fn is_address_line(line: &str, capitals: bool) -> bool {
    let words = line.split_whitespace().count();
    let starts_ok = line.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    let heading = if capitals {
        !line_names_a_place(line)
    } else {
        words > 1 && line.chars().all(|c| !c.is_lowercase())
    };
    !line.is_empty()
        && words <= 6
        && starts_ok
        && !heading
        && !line.contains(':')
        && !line.contains(". ")
        && !line.ends_with('.')
        && !is_sign_off(line)
        || super::postcode::is_postcode(line)
}

/// Whether a line in capitals reads as a line of an address, not a heading: it holds a number,
/// a word that is no everyday word, a place's name, or a street or house word ("WEST
/// BLATCHINGTON", "HOVE", "ALMOND MEWS"; not "OTHER HOUSEHOLD MEMBERS").
fn line_names_a_place(line: &str) -> bool {
    words::parts(line).any(|w| {
        let x = words::lookup(w);
        !x.common() || x.place() || x.cue & Cues::CAPITAL_PLACE != 0
    })
}

fn is_sign_off(line: &str) -> bool {
    starts_with_any_lowercased(
        line,
        &["regards", "thanks", "thank you", "best wishes", "yours", "many thanks", "cheers", "sincerely"],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The colon-anchored search finds exactly what a scan of the whole text finds.
    #[test]
    fn labels_match_a_full_scan() {
        let pieces = [
            "Name: Jade Morris\n",
            "  - Mother:   Kezia Ashworth (mum)\n",
            "Address:\n27 Carlton Terrace\nBrighton\n\n",
            "Seen at 7:45 and 10:30 today. ",
            "School:        St Mary's | GP: Dr Rogers  Tel: 07700 900123\n",
            "Child's name:Zoë Łukasz\t\tDOB: 01/02/2010\n",
            "•  Referrer’s name : PC Smith\n",
            "Note: the meeting: postponed: again\n",
            "A very long line of prose without any label at all, going on for well over a hundred and sixty bytes before a colon appears: here.\n",
            "|  Social worker:  Priya Raman |\n",
            "                                                                                                Aligned label: value\n",
            "::: :: :\n",
            "ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ: x\n",
        ];
        let mut texts = Vec::new();
        for (i, a) in pieces.iter().enumerate() {
            for b in &pieces {
                texts.push(format!("{a}{b}"));
                texts.push(format!("{b}{a}{}", pieces[(i + 3) % pieces.len()]));
            }
        }
        texts.push(pieces.concat());
        // Random mixtures of the pieces a label and its prefixes are made of.
        let bits = [
            "Name",
            "x",
            "Child's",
            "’",
            "a",
            "(",
            ")",
            "/",
            ".",
            "&",
            "1",
            "é",
            " ",
            "  ",
            "\t",
            "\n",
            "\r",
            ":",
            ":",
            "-",
            "•",
            "|",
            "*",
            ">",
            "\u{a0}",
            "\u{2028}",
            "\x0B",
            "\x0C",
            "abcdefghijklmnopqrstuvwxyzabcdefghijklm",
        ];
        texts.extend(crate::detect::random_texts(&bits, 20_000, 16, 2, 0x2f6b_9e1d_43a5_c807));
        for text in &texts {
            let expected: Vec<_> = LABEL
                .captures_iter(text)
                .map(|c| {
                    let (whole, label) = (c.get(0).unwrap(), c.get(1).unwrap());
                    (whole.start(), whole.end(), label.start(), label.end())
                })
                .collect();
            let got: Vec<_> = labels(text).iter().map(|f| (f.start, f.end, f.label.0, f.label.1)).collect();
            assert_eq!(got, expected, "in {text:?}");
        }
    }

    /// Items of a person field split at a separator of more than one byte ("–") start where
    /// they are: the names after it are found, and nothing is cut inside a character.
    #[test]
    fn person_values_split_at_wide_separators() {
        for text in ["Name: –0", "Name: –", "Mother: Kezia – Jade Morris (mum)"] {
            let mut out = Vec::new();
            find(text, &crate::tokens::tokenize(text), &mut out);
            for s in &out {
                assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{text:?}");
            }
        }
        let text = "Mother: Kezia – Jade Morris (mum)";
        let mut out = Vec::new();
        find(text, &crate::tokens::tokenize(text), &mut out);
        let found: Vec<&str> = out.iter().map(|s| &text[s.start..s.end]).collect();
        assert!(found.contains(&"Jade Morris"), "{found:?}");
    }
}
