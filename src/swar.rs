//! Eight bytes at a time: classes of ASCII bytes told for a whole `u64` at once, for the
//! loops that walk a whole page (the name matcher's words, the search for digits).
//!
//! A byte's low seven bits `t` lie in `lo..=hi` when `t + (0x80 - lo)` sets its high bit
//! and `t + (0x7f - hi)` does not; neither sum carries into the next byte. Bytes with their
//! own high bit set are no ASCII and belong to no class.

/// The high bit of each of the eight bytes.
pub(crate) const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

const LOW_BITS: u64 = 0x7f7f_7f7f_7f7f_7f7f;
const ONES: u64 = 0x0101_0101_0101_0101;
/// Setting bit 5 lowercases ASCII letters and moves no other byte into `a..=z`.
const CASE_BIT: u64 = 0x2020_2020_2020_2020;

/// The eight bytes from `at`, the first in the lowest byte, and zeros past the end.
pub(crate) fn load8(bytes: &[u8], at: usize) -> u64 {
    let mut word = [0u8; 8];
    match bytes.get(at..at.saturating_add(8)) {
        Some(chunk) => word.copy_from_slice(chunk),
        None => {
            for (w, &b) in word.iter_mut().zip(bytes.get(at..).unwrap_or(&[])) {
                *w = b;
            }
        }
    }
    u64::from_le_bytes(word)
}

/// The high bit of each byte of `x` whose low seven bits lie in `lo..=hi`.
fn within(x: u64, lo: u8, hi: u8) -> u64 {
    (x + ONES * u64::from(0x80 - lo)) & !(x + ONES * u64::from(0x7f - hi)) & HIGH_BITS
}

/// The high bit of each byte of `x` that is an ASCII letter.
pub(crate) fn letter_bits(x: u64) -> u64 {
    within((x & LOW_BITS) | CASE_BIT, b'a', b'z') & !x
}

/// The high bit of each byte of `x` that is an ASCII digit.
pub(crate) fn digit_bits(x: u64) -> u64 {
    within(x & LOW_BITS, b'0', b'9') & !x
}

/// The high bit of each byte of `x` that is an ASCII letter or digit.
pub(crate) fn alnum_bits(x: u64) -> u64 {
    letter_bits(x) | digit_bits(x)
}

/// How many bytes, from the first, have their high bit set in `bits`.
pub(crate) fn leading(bits: u64) -> usize {
    // At most 64 trailing zeros: the count of bytes fits.
    ((!bits & HIGH_BITS).trailing_zeros() / 8) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_agree_with_the_standard_library_on_every_byte() {
        for b in 0..=255u8 {
            // Each byte alone, and among others, in every position.
            for at in 0..8 {
                let mut bytes = [b'.', b'a', 0xc3, b'7', b' ', b'Z', 0x80, b'@'];
                bytes[at] = b;
                let x = load8(&bytes, 0);
                for (i, &v) in bytes.iter().enumerate() {
                    let bit = |bits: u64| bits & (0x80 << (8 * i)) != 0;
                    assert_eq!(bit(letter_bits(x)), v.is_ascii_alphabetic(), "{v:#x}");
                    assert_eq!(bit(digit_bits(x)), v.is_ascii_digit(), "{v:#x}");
                    assert_eq!(bit(alnum_bits(x)), v.is_ascii_alphanumeric(), "{v:#x}");
                }
            }
        }
    }

    #[test]
    fn loads_pad_with_zeros_and_runs_are_counted() {
        assert_eq!(load8(b"ab", 0), u64::from_le_bytes(*b"ab\0\0\0\0\0\0"));
        assert_eq!(load8(b"ab", 5), 0);
        assert_eq!(leading(letter_bits(load8(b"word, next", 0))), 4);
        assert_eq!(leading(letter_bits(load8(b"abcdefghij", 0))), 8);
        assert_eq!(leading(digit_bits(load8(b"x1", 0))), 0);
    }
}
