//! Unicode spaces read as ASCII spaces. Text pasted from word processors and web pages carries
//! no-break and thin spaces where a space was typed ("BN2\u{a0}1AB", "07700\u{202f}900123",
//! "Mr\u{a0}Smith"); the detectors' patterns take an ASCII space between the parts of an
//! identifier, and missed every one so written. `find` runs on a copy of the text with each
//! such space replaced by one ASCII space, and maps the spans back.

/// The characters read as a space: no-break space, the typographic spaces U+2000–U+200A,
/// narrow no-break, medium mathematical and ideographic space. (Line breaks other than ASCII,
/// zero-width characters and the BOM are left alone: they separate nothing a reader sees as
/// one identifier, or join what is one.)
fn is_wide_space(c: char) -> bool {
    matches!(c, '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}')
}

/// The way back from the byte positions of a copy in which some runs of characters became one
/// space to those of the original (here, and for the runs of spaces `gaps` closes).
#[derive(Default)]
pub(crate) struct Shifts {
    /// For each space put in: its position in the copy and how many bytes the original has more
    /// than the copy up to the end of what it replaced.
    at: Vec<(usize, usize)>,
}

impl Shifts {
    /// Records that the space at `at` in the copy stands for `bytes` bytes of the original.
    pub fn replaced(&mut self, at: usize, bytes: usize) {
        let more = self.at.last().map_or(0, |s| s.1) + bytes - 1;
        self.at.push((at, more));
    }

    /// Whether a space put in lies strictly inside `start..end` of the copy.
    pub fn any_inside(&self, start: usize, end: usize) -> bool {
        self.at.iter().any(|&(q, _)| start < q && q < end)
    }

    /// The original's byte position of the copy's position `at` (a character boundary).
    pub fn original(&self, at: usize) -> usize {
        let n = self.at.partition_point(|&(p, _)| p < at);
        at + if n == 0 { 0 } else { self.at[n - 1].1 }
    }
}

/// A text with its wide spaces replaced, and the way back to the original's byte positions.
pub(crate) struct Spaced {
    pub text: String,
    pub shifts: Shifts,
}

impl Spaced {
    /// `text` with its wide spaces replaced, or `None` when it has none (most texts: their
    /// bytes are searched for the lead bytes 0xC2, 0xE2 and 0xE3 of those characters only).
    pub fn of(text: &str) -> Option<Spaced> {
        let bytes = text.as_bytes();
        let first = memchr::memchr3_iter(0xc2, 0xe2, 0xe3, bytes)
            .find(|&i| text[i..].chars().next().is_some_and(is_wide_space))?;
        let mut out = String::with_capacity(text.len());
        out.push_str(&text[..first]);
        let mut shifts = Shifts::default();
        for c in text[first..].chars() {
            if is_wide_space(c) {
                shifts.replaced(out.len(), c.len_utf8());
                out.push(' ');
            } else {
                out.push(c);
            }
        }
        Some(Spaced { text: out, shifts })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_without_wide_spaces_are_not_copied() {
        assert!(Spaced::of("Seen at 27 Carlton Terrace, BN2 1AB, by Zoë O’Neill – 12/03/2019.").is_none());
        assert!(Spaced::of("").is_none());
    }

    #[test]
    fn wide_spaces_become_one_space_and_positions_map_back() {
        let text = "Mr\u{a0}Smith, BN2\u{202f}1AB;\u{3000}x\u{2009}\u{a0}y – ’";
        let s = Spaced::of(text).unwrap();
        assert_eq!(s.text, "Mr Smith, BN2 1AB; x  y – ’");
        // Every character boundary of the copy maps to the boundary before the same character
        // of the original, and the end to the end.
        let copy: Vec<usize> = s.text.char_indices().map(|(i, _)| i).chain([s.text.len()]).collect();
        let orig: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        assert_eq!(copy.iter().map(|&i| s.shifts.original(i)).collect::<Vec<_>>(), orig);
    }
}
