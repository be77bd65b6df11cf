//! A short list held inline, for the outcome's reasons, changes, notes and other ways in.
//!
//! `assess` runs once per combination in the exhaustive walk and the benchmark (budget: under
//! 100 ns each), and four heap lists per outcome cost more than everything else it does. The
//! lists are short and bounded by the rules, so they live in the outcome itself.

use std::fmt;
use std::mem::MaybeUninit;
use std::ops::Deref;

/// Up to `N` items, in the order pushed. Reads as a slice.
#[derive(Clone, Copy)]
pub struct Few<T: Copy, const N: usize> {
    /// A byte: the lists hold a dozen at most, and the outcome is copied for every combination.
    len: u8,
    /// Only the first `len` slots are written, and only they are ever read. Filling the rest
    /// (with a copy of the first item, as this list once did) cost 9% of `assess`'s instructions
    /// (cachegrind, 640 to 585 a combination).
    items: [MaybeUninit<T>; N],
    /// Set when a push found the list full. Never true for any answers: the exhaustive walk
    /// checks every combination, so a rule that adds one more item fails a test, not a user.
    overflowed: bool,
}

impl<T: Copy, const N: usize> Few<T, N> {
    pub const fn new() -> Self {
        // `len` is a byte; a longer list does not compile.
        const { assert!(N <= u8::MAX as usize) };
        Few {
            len: 0,
            items: [const { MaybeUninit::uninit() }; N],
            overflowed: false,
        }
    }

    pub fn push(&mut self, item: T) {
        match self.items.get_mut(usize::from(self.len)) {
            Some(slot) => {
                slot.write(item);
                self.len += 1;
            }
            None => self.overflowed = true,
        }
    }

    /// Keeps only the items `keep` says yes to, in order.
    pub fn retain(&mut self, mut keep: impl FnMut(&T) -> bool) {
        let mut kept = Few::new();
        for item in self.iter().copied().filter(|i| keep(i)) {
            kept.push(item);
        }
        kept.overflowed = self.overflowed;
        *self = kept;
    }

    /// Whether a push was ever lost because the list was full (see the field).
    pub fn overflowed(&self) -> bool {
        self.overflowed
    }
}

impl<T: Copy, const N: usize> Default for Few<T, N> {
    fn default() -> Self {
        Few::new()
    }
}

impl<T: Copy, const N: usize> Deref for Few<T, N> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        let written = self.items.get(..usize::from(self.len)).unwrap_or(&[]);
        // SAFETY: `push` is the only writer; it writes slot `len` before counting it, so every
        // slot below `len` holds an item. `MaybeUninit<T>` has `T`'s layout, and `T: Copy` has
        // no drop to skip.
        unsafe { std::slice::from_raw_parts(written.as_ptr().cast::<T>(), written.len()) }
    }
}

// By the items, not the unused slots.
impl<T: Copy + PartialEq, const N: usize> PartialEq for Few<T, N> {
    fn eq(&self, other: &Self) -> bool {
        self[..] == other[..] && self.overflowed == other.overflowed
    }
}

impl<T: Copy + Eq, const N: usize> Eq for Few<T, N> {}

impl<'a, T: Copy, const N: usize> IntoIterator for &'a Few<T, N> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<T: Copy, const N: usize> FromIterator<T> for Few<T, N> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut few = Few::new();
        for item in iter {
            few.push(item);
        }
        few
    }
}

impl<T: Copy + fmt::Debug, const N: usize> fmt::Debug for Few<T, N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::Few;

    #[test]
    fn keeps_order_and_reads_as_a_slice() {
        let mut few: Few<u8, 3> = Few::new();
        assert!(few.is_empty());
        few.push(7);
        few.push(9);
        assert_eq!(&few[..], &[7, 9]);
        assert!(!few.overflowed());
        // What a failing test prints: the items, not the unused slots.
        assert_eq!(format!("{few:?}"), "[7, 9]");
        assert_eq!((&few).into_iter().count(), 2);
    }

    #[test]
    fn a_push_past_the_end_is_recorded_not_kept() {
        let mut few: Few<u8, 2> = [1, 2, 3].into_iter().collect();
        assert_eq!(&few[..], &[1, 2]);
        assert!(few.overflowed());
        few.retain(|x| *x != 1);
        assert_eq!(&few[..], &[2]);
        assert!(few.overflowed(), "retain keeps the record of a lost push");
    }

    #[test]
    fn equal_when_the_items_are_equal_whatever_was_removed() {
        let mut a: Few<u8, 3> = [2, 1].into_iter().collect();
        a.retain(|x| *x == 1);
        let b: Few<u8, 3> = [1].into_iter().collect();
        assert_eq!(a, b);
        assert_ne!(a, [1, 1].into_iter().collect());
    }
}
