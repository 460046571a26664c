//! Splits text into word, number and punctuation tokens with byte offsets.
//!
//! Person and address detection work on tokens rather than characters: names are sequences of
//! words, and the context that marks them (titles, relation words, form labels) is words too.

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters, with inner apostrophes or hyphens ("O'Neill", "Smith-Jones").
    Word,
    /// ASCII digits only.
    Number,
    /// Letters and digits mixed ("14a", "BN2").
    Alnum,
    /// One character that is none of the above and not whitespace.
    Punct,
}

/// A token: a byte range of the text and what precedes it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Whitespace comes right before this token.
    pub space_before: bool,
    /// A line break comes before this token (and after the previous one).
    pub newline_before: bool,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Tokenises `text`. A possessive "'s" after a word is split off as punctuation plus a word, so
/// "Jade's" yields "Jade", "'", "s".
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut chars = text.char_indices().peekable();
    let (mut space, mut newline) = (false, false);
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            space = true;
            newline |= c == '\n' || c == '\r';
            continue;
        }
        let mut end = start + c.len_utf8();
        let kind = if c.is_alphanumeric() {
            let (mut letters, mut digits) = (!c.is_ascii_digit(), c.is_ascii_digit());
            while let Some(&(i, d)) = chars.peek() {
                if d.is_alphanumeric() {
                    letters |= !d.is_ascii_digit();
                    digits |= d.is_ascii_digit();
                } else if (is_apostrophe(d) || d == '-') && letters && !digits {
                    // Join "O'Neill" and "Smith-Jones", but not a possessive "'s" or a trailing mark.
                    let rest = &text[i + d.len_utf8()..];
                    let mut next = rest.chars();
                    match next.next() {
                        Some(n) if n.is_alphabetic() => {
                            let possessive = is_apostrophe(d)
                                && (n == 's' || n == 'S')
                                && !next.next().is_some_and(char::is_alphanumeric);
                            if possessive {
                                break;
                            }
                        }
                        _ => break,
                    }
                } else {
                    break;
                }
                end = i + d.len_utf8();
                chars.next();
            }
            match (letters, digits) {
                (true, false) => Kind::Word,
                (false, true) => Kind::Number,
                _ => Kind::Alnum,
            }
        } else {
            Kind::Punct
        };
        tokens.push(Token { start, end, kind, space_before: space, newline_before: newline });
        space = false;
        newline = false;
    }
    tokens
}

/// The shape of a word's letters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Case {
    /// "Jade", "O'Neill", "McDonald".
    Capitalised,
    /// "MORRIS" (two letters or more).
    Upper,
    /// "jade".
    Lower,
    /// Anything else ("iPhone").
    Mixed,
}

pub(crate) fn case_of(word: &str) -> Case {
    if word.is_ascii() {
        return case_of_ascii(word.as_bytes());
    }
    case_of_unicode(word)
}

/// [`case_of`] for ASCII words, without decoding characters (most words are ASCII).
fn case_of_ascii(word: &[u8]) -> Case {
    if let Some(dash) = word.iter().position(|&b| b == b'-') {
        let (head, rest) = (&word[..dash], &word[dash + 1..]);
        if head.len() <= 3
            && head.iter().all(u8::is_ascii_lowercase)
            && case_of_ascii(rest) == Case::Capitalised
        {
            return Case::Capitalised;
        }
    }
    let mut letters = word.iter().filter(|b| b.is_ascii_alphabetic());
    let Some(first) = letters.next() else { return Case::Mixed };
    let (mut upper, mut lower, mut n) = (0usize, 0usize, 1usize);
    for b in letters {
        n += 1;
        if b.is_ascii_uppercase() {
            upper += 1;
        } else {
            lower += 1;
        }
    }
    shape(first.is_ascii_uppercase(), n, upper, lower)
}

fn case_of_unicode(word: &str) -> Case {
    // "al-Tamimi", "el-Amin", "bin-Laden": a lowercase particle joined to a capitalised name.
    if let Some((head, rest)) = word.split_once('-') {
        if head.len() <= 3 && head.chars().all(char::is_lowercase) && case_of(rest) == Case::Capitalised {
            return Case::Capitalised;
        }
    }
    let mut chars = word.chars().filter(|c| c.is_alphabetic());
    let Some(first) = chars.next() else { return Case::Mixed };
    let (mut upper, mut lower, mut n) = (0usize, 0usize, 1usize);
    for c in chars {
        n += 1;
        if c.is_uppercase() {
            upper += 1;
        } else if c.is_lowercase() {
            lower += 1;
        }
    }
    shape(first.is_uppercase(), n, upper, lower)
}

/// The case of a word from its first letter and the counts of the other `n - 1` letters.
fn shape(first_upper: bool, n: usize, upper: usize, lower: usize) -> Case {
    if first_upper {
        if n > 1 && lower == 0 {
            Case::Upper
        } else if upper == 0 || lower > upper {
            // "McDonald", "MacKenzie", "O'Neill-Smith" stay capitalised.
            Case::Capitalised
        } else {
            Case::Mixed
        }
    } else if upper == 0 {
        Case::Lower
    } else {
        Case::Mixed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ASCII fast path agrees with the general one.
    #[test]
    fn ascii_case_agrees_with_unicode_case() {
        for w in [
            "Jade",
            "MORRIS",
            "jade",
            "iPhone",
            "McDonald",
            "O'Neill-Smith",
            "al-Tamimi",
            "bin-Laden",
            "el-AMIN",
            "abcd-Efg",
            "X",
            "x",
            "A1",
            "-",
            "",
            "'",
            "Ab-",
            "-Ab",
            "MacKenzie",
            "DeShawn",
        ] {
            assert_eq!(case_of_ascii(w.as_bytes()), case_of_unicode(w), "{w:?}");
        }
    }

    fn words(text: &str) -> Vec<(&str, Kind)> {
        tokenize(text).iter().map(|t| (t.text(text), t.kind)).collect()
    }

    #[test]
    fn joins_inner_apostrophes_and_hyphens_but_splits_possessives() {
        assert_eq!(
            words("O'Neill's Smith-Jones 14a, BN2"),
            [
                ("O'Neill", Kind::Word),
                ("'", Kind::Punct),
                ("s", Kind::Word),
                ("Smith-Jones", Kind::Word),
                ("14a", Kind::Alnum),
                (",", Kind::Punct),
                ("BN2", Kind::Alnum)
            ]
        );
        assert_eq!(
            words("Jade\u{2019}s"),
            [("Jade", Kind::Word), ("\u{2019}", Kind::Punct), ("s", Kind::Word)]
        );
    }

    #[test]
    fn records_line_breaks() {
        let t = tokenize("a b\nc");
        assert!(!t[1].newline_before && t[1].space_before);
        assert!(t[2].newline_before);
    }

    #[test]
    fn word_shapes() {
        assert_eq!(case_of("Jade"), Case::Capitalised);
        assert_eq!(case_of("McDonald"), Case::Capitalised);
        assert_eq!(case_of("MORRIS"), Case::Upper);
        assert_eq!(case_of("jade"), Case::Lower);
        assert_eq!(case_of("Łukasz"), Case::Capitalised);
    }
}
