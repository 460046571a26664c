//! Addresses written in capitals ("FLAT 24, 219 HOLLINGBURY PARK", "ST MARK'S RC PRIMARY"),
//! as they are copied from case-management systems and letters. The address patterns match
//! street, house and institution words as written in title case, since capitals alone say
//! little of what is a name; so a text with such a word in capitals (`Cues::CAPITAL_PLACE`) is
//! read a second time, by the address finder only, as a copy with every word in capitals
//! written in title case ("Flat 24, 219 Hollingbury Park"). The copy has the same bytes at the
//! same places but for the case of ASCII letters, so its spans are the text's.

use std::ops::Range;

use super::windows::Reach;
use super::words::{self, Role, Word};
use super::{address, cues::Cues};
use crate::tokens::{tokenize, Kind, Token};
use crate::Span;

/// The addresses of `text` that its words in capitals hide from `address::find`: those found
/// in a title-cased copy of the lines around each street, house or institution word in
/// capitals (`tokens` and `cues` are the text's) that hold a word that was in capitals.
pub(crate) fn find_addresses(text: &str, tokens: &[Token], cues: &Cues, out: &mut Vec<Span>) {
    for region in regions(text, &cues.near(tokens, Cues::CAPITAL_PLACE, REACH)) {
        // A token never holds a line break, so the region's tokens are the text's within it.
        let (a, b) = (
            tokens.partition_point(|t| t.start < region.start),
            tokens.partition_point(|t| t.start < region.end),
        );
        for s in find_in(&text[region.clone()], &tokens[a..b], region.start) {
            out.push(Span { start: s.start + region.start, end: s.end + region.start, ..s });
        }
    }
}

/// How far an address reaches around its street, house or institution word, in tokens (the
/// widest of `address`'s reaches).
const REACH: Reach = Reach { back: 24, ahead: 12 };

/// The `windows` widened to whole lines and a line more either side (an address in a letter's
/// heading takes three), merged where they meet.
fn regions(text: &str, windows: &[Range<usize>]) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    let line_start = |at: usize| memchr::memrchr(b'\n', &b[..at]).map_or(0, |i| i + 1);
    let line_end = |at: usize| memchr::memchr(b'\n', &b[at..]).map_or(b.len(), |i| at + i);
    let mut out: Vec<Range<usize>> = Vec::new();
    for w in windows {
        let start = line_start(line_start(w.start).saturating_sub(1));
        let end = line_end((line_end(w.end) + 1).min(b.len()));
        match out.last_mut() {
            Some(last) if start <= last.end => last.end = last.end.max(end),
            _ => out.push(start..end),
        }
    }
    out
}

/// The addresses of a region's title-cased copy that hold a word that was in capitals, at its
/// positions. `tokens` are the region's, at `offset` bytes before their positions in `text`.
fn find_in(text: &str, tokens: &[Token], offset: usize) -> Vec<Span> {
    let mut copy = text.as_bytes().to_vec();
    // Where the words changed: an address found in the copy is new only if it holds one.
    let mut changed: Vec<(usize, usize)> = Vec::new();
    for t in tokens.iter().filter(|t| t.kind == Kind::Word) {
        let (start, end) = (t.start - offset, t.end - offset);
        let word = &mut copy[start..end];
        let letters = word.iter().filter(|b| b.is_ascii_alphabetic()).count();
        // A possessive's "S", a token of its own: "CHILDREN'S HOME" reads "Children's Home".
        if possessive_s(text, start..end, t.space_before) {
            word[0] = b's';
            continue;
        }
        if letters >= 2 && word.iter().all(|&b| b.is_ascii_uppercase() || b == b'\'' || b == b'-') {
            // "C of E", "Mother and Baby Unit", as the patterns write them.
            let from = if matches!(&word[..], b"OF" | b"AND") { 0 } else { 1 };
            word[from..].make_ascii_lowercase();
            changed.push((start, end));
        }
    }
    let copy = String::from_utf8(copy).expect("only ASCII letters changed case");
    let tokens = tokenize(&copy);
    let words = words::classify(&copy, &tokens);
    let cues = Cues::of(&copy, &tokens, &words);
    let mut found = Vec::new();
    address::find(&copy, &tokens, &cues, &mut found);
    for s in found.iter_mut() {
        let street = s.detector == "address.street" && copy.as_bytes()[s.start].is_ascii_alphabetic();
        if s.detector == "address.institution" || street {
            s.start = after_last_function_word(&copy, &tokens, &words, s);
        }
    }
    found.retain(|s| {
        let i = changed.partition_point(|&(_, end)| end <= s.start);
        changed.get(i).is_some_and(|&(start, _)| start < s.end)
            // Not over a blank line: a heading in capitals after a number reads in title case
            // as a street ("07700 900866\n\nOTHER HOUSEHOLD MEMBERS\nCHASE, Andres").
            && !blank_line_in(&text[s.start..s.end])
            && (text[s.start..s.end].bytes().any(|b| b.is_ascii_digit()) && !function_word_in(&copy, &tokens, &words, s)
                || names_a_place(&copy, &tokens, &words, s)
                || named_kind(&copy, &tokens, &words, s)
                || named_where_one_stands(&copy, &tokens, &words, s))
    });
    found
}

/// Where an institution's or a street's name starts in the title-cased copy: after the last
/// capitalised verb or grammar word in the span ("The Letter From Foundry Family Practice" is
/// "Foundry Family Practice", "Eryk Now Attends Forge College" is "Forge College"), which in
/// capitals nothing else tells from the name. "The" stays ("The Kensington Centre"), and "of"
/// and "and" are lowercase in the copy ("Church of England").
fn after_last_function_word(copy: &str, tokens: &[Token], words: &[Word], s: &Span) -> usize {
    let mut start = s.start;
    let in_span: Vec<(&Token, &Word)> = words_in(copy, tokens, words, s).collect();
    // An institution's last word is the kind ("Practice"), and a name needs a word before it; a
    // street's name ends at its first street or house word, the localities after it are left
    // alone ("Icoz Moved To Preston View" is "Preston View").
    let name_words = if s.detector == "address.street" {
        in_span.iter().position(|(_, w)| w.cue != 0).unwrap_or(0).saturating_sub(1)
    } else {
        in_span.len().saturating_sub(2)
    };
    for &(t, w) in in_span.iter().take(name_words) {
        let word = t.text(copy);
        if w.role & Role::VERB_OR_GRAMMAR != 0
            && word != "The"
            && word.starts_with(|c: char| c.is_ascii_uppercase())
        {
            let next = tokens.partition_point(|x| x.start < t.end);
            start = tokens.get(next).map_or(s.start, |n| n.start);
        }
    }
    start
}

/// "AT FOUNDRY SURGERY", "GP: MAPLE SURGERY": one ordinary word and a kind where an institution
/// stands: after "at", "from", "to", "with", "attends", or a colon, comma or bracket. Not a word
/// that describes a kind ("AT SECONDARY SCHOOL", "AT NEW SCHOOL") nor a verb or grammar word.
fn named_where_one_stands(copy: &str, tokens: &[Token], words: &[Word], s: &Span) -> bool {
    let in_span: Vec<(&Token, &Word)> = words_in(copy, tokens, words, s).collect();
    let [(name, w), (_, kind)] = in_span[..] else { return false };
    let i = tokens.partition_point(|t| t.start < name.start);
    let before = i.checked_sub(1).filter(|_| !tokens[i].newline_before).map(|k| tokens[k].text(copy));
    let stands = before.is_some_and(|b| {
        matches!(b, ":" | "," | "(")
            || ["at", "from", "to", "with", "attends", "attended", "attend", "joined"]
                .iter()
                .any(|p| b.eq_ignore_ascii_case(p))
    });
    stands
        && kind.cue != 0
        && !w.listed_not_name()
        && w.role == 0
        && !address::is_kind_word(&name.text(copy).to_ascii_lowercase())
}

/// Whether a span holds a word that never names anything but "The" or an address's own words
/// ("03.01.20 LETTER FROM DR ESSIEN" reads in title case as number 20 of a "Letter From
/// Dr(ive)"; "12 HIGH STREET" holds none, nor does "FLAT 35, 173 QUEENS ROAD").
fn function_word_in(copy: &str, tokens: &[Token], words: &[Word], s: &Span) -> bool {
    words_in(copy, tokens, words, s)
        .any(|(t, w)| w.listed_not_name() && !w.initial() && w.cue == 0 && t.text(copy) != "The")
}

/// Whether a span without a number holds a word that can name a place: no everyday word, no
/// word that is never a name, no street, house or institution word. In capitals every word
/// reads as a name in title case: "CONTACTED THE SCHOOL", "AND HIS GP IS", "STEEP HILL".
fn names_a_place(copy: &str, tokens: &[Token], words: &[Word], s: &Span) -> bool {
    words_in(copy, tokens, words, s)
        .any(|(_, w)| w.place() || !(w.common() || w.listed_not_name() || w.cue != 0))
}

/// Whether a span names its kind in two words or more after a name ("OAK GROUP PRACTICE",
/// "FERN JUNIOR SCHOOL", "FORGE ROAD SURGERY"): a name of everyday words, but not a bare kind
/// after a verb or article ("CONTACTED THE SCHOOL", "THE CONTACT CENTRE").
fn named_kind(copy: &str, tokens: &[Token], words: &[Word], s: &Span) -> bool {
    let in_span: Vec<(&Token, &Word)> = words_in(copy, tokens, words, s).collect();
    let [(_, first), .., (kind, w), _] = in_span[..] else { return false };
    // "SUNNYSIDE CHILDREN'S HOME": the kind with its possessive.
    let next = tokens.partition_point(|t| t.start < kind.end);
    let kind_end = match tokens.get(next..next + 2) {
        Some([mark, s])
            if possessive_s(copy, s.start..s.end, s.space_before) && matches!(mark.text(copy), "'" | "’") =>
        {
            s.end
        }
        _ => kind.end,
    };
    let kind = &copy[kind.start..kind_end];
    !first.listed_not_name() && (w.cue != 0 || address::is_kind_word(&kind.to_ascii_lowercase()))
}

/// Whether the token at `at` of `text` is the "s" of a possessive, a token of its own
/// ("CHILDREN" "'" "S").
fn possessive_s(text: &str, at: Range<usize>, space_before: bool) -> bool {
    matches!(&text[at.clone()], "s" | "S") && !space_before && text[..at.start].ends_with(['\'', '’'])
}

/// The word tokens (not numbers, punctuation or a possessive's "s") that start inside span `s`,
/// with their words.
fn words_in<'a>(
    copy: &'a str,
    tokens: &'a [Token],
    words: &'a [Word],
    s: &Span,
) -> impl Iterator<Item = (&'a Token, &'a Word)> + 'a {
    let (from, end) = (tokens.partition_point(|t| t.end <= s.start), s.end);
    tokens[from..]
        .iter()
        .zip(&words[from..])
        .take_while(move |(t, _)| t.start < end)
        .filter(move |(t, w)| w.word() && !possessive_s(copy, t.start..t.end, t.space_before))
}

/// Whether `s` holds a blank line: a line break, then nothing but spaces, then another.
fn blank_line_in(s: &str) -> bool {
    let inner: Vec<&str> = s.split('\n').collect();
    inner.len() > 2 && inner[1..inner.len() - 1].iter().any(|line| line.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn addresses(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        let words = words::classify(text, &tokens);
        let cues = Cues::of(text, &tokens, &words);
        let mut out = Vec::new();
        find_addresses(text, &tokens, &cues, &mut out);
        out.iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn addresses_in_capitals_are_found_where_title_case_ones_are() {
        // Candidates: the resolution keeps the longest of those that overlap.
        assert!(addresses("Kids at nans (FLAT 24, 219 HOLLINGBURY PARK) this week")
            .contains(&"FLAT 24, 219 HOLLINGBURY PARK"));
        assert!(addresses("Moved to 27 CARLTON TERRACE, BRIGHTON last week.")
            .contains(&"27 CARLTON TERRACE, BRIGHTON"));
        assert!(addresses("She attends ST MARK'S RC PRIMARY.").contains(&"ST MARK'S RC PRIMARY"));
        // An institution's name starts after the verb or grammar word before it; one ordinary
        // word and a kind where an institution stands.
        let letter = addresses("NOOR SHOWED ME THE LETTER FROM FOUNDRY FAMILY PRACTICE.");
        assert_eq!(letter, ["FOUNDRY FAMILY PRACTICE"]);
        assert_eq!(addresses("HE IS AT FOUNDRY SURGERY TODAY."), ["FOUNDRY SURGERY"]);
        assert_eq!(addresses("GP: MAPLE SURGERY"), ["MAPLE SURGERY"]);
        assert!(addresses("MOVED TO THE KENSINGTON CENTRE.").contains(&"THE KENSINGTON CENTRE"));
        // A flat before a street of everyday words: "Flat" is a word never a name, but the
        // address's own.
        assert!(addresses("FILMED AT FLAT 35, 173 QUEENS ROAD.").contains(&"FLAT 35, 173 QUEENS ROAD"));
        // What the title-case text has already is not found again.
        assert!(addresses("Moved to 27 Carlton Terrace, Brighton, then to ROAD works.").is_empty());
    }

    #[test]
    fn capitals_that_name_no_place_stay_unmasked() {
        for text in [
            "Phone: +44 7700 900866\n\nOTHER HOUSEHOLD MEMBERS\nCHASE, Andres (brother)",
            "SEEN AT SCHOOL TODAY.",
            "MEETING HELD AT THE HOUSE",
            "NO ACCESS, ROAD CLOSED",
            "CIN PLAN REVIEW",
            "SHE IS AT SECONDARY SCHOOL.",
            "SHE IS AT HIGH SCHOOL NOW.",
            "SHE MOVED TO A NEW SCHOOL.",
            "MR X CONTACTED THE SCHOOL TO SAY",
        ] {
            assert!(addresses(text).is_empty(), "{text}: {:?}", addresses(text));
        }
    }
}
