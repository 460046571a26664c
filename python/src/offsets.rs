//! Byte offsets (Rust) to code-point offsets (Python `str` indices), one pass per text.

/// Converts increasing byte offsets into one text to `char` offsets.
///
/// Each call counts only the bytes since the previous call, so converting every span of a text
/// costs one pass over the text. ASCII text (the common case) costs nothing after one check.
pub(crate) struct CharIndex<'a> {
    bytes: &'a [u8],
    ascii: bool,
    byte: usize,
    chars: usize,
}

impl<'a> CharIndex<'a> {
    pub(crate) fn new(text: &'a str) -> CharIndex<'a> {
        CharIndex { bytes: text.as_bytes(), ascii: text.is_ascii(), byte: 0, chars: 0 }
    }

    /// The `char` offset of `byte`, which must be a `char` boundary. Offsets should come in
    /// increasing order; a smaller one restarts the count from the beginning.
    pub(crate) fn char_offset(&mut self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += count_chars(&self.bytes[self.byte..byte]);
        self.byte = byte;
        self.chars
    }
}

/// The number of `char`s that start in `bytes`: every byte that is not a UTF-8 continuation
/// byte (`0b10xx_xxxx`). Works on invalid UTF-8 too, which error positions rely on.
pub(crate) fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}
