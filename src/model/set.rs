//! The sets a meeting holds: `Set`, values of a closed vocabulary kept as bits, and
//! `Roles`, parties with their roles kept as a sorted list. Both own at most one small
//! allocation, so a page of thousands of meetings is built and freed quickly.

use std::fmt;
use std::marker::PhantomData;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::model::PartyRole;

mod sealed {
    pub trait Sealed {}
}
pub(crate) use sealed::Sealed;

/// A closed vocabulary of the record contract ([`crate::Role`], [`crate::MeetingKind`],
/// [`crate::Theme`], [`crate::ActionArea`], [`crate::Process`], [`crate::Mode`]): what a
/// [`Set`] can hold. Implemented by the crate's vocabularies only.
pub trait Vocabulary: Copy + Ord + fmt::Debug + Serialize + sealed::Sealed + 'static {
    /// Every value, in the order of the record contract.
    const VALUES: &'static [Self];

    /// The value's place in `VALUES`.
    fn index(self) -> usize;
}

/// A set of values of one closed vocabulary, such as a meeting's themes: one bit per
/// value, so it is `Copy`, never allocates, and iterates in the vocabulary's order.
///
/// ```
/// use rabat::{Set, Theme};
///
/// let mut themes: Set<Theme> = [Theme::MigrantSmuggling].into();
/// assert!(themes.insert(Theme::BorderManagement));
/// assert!(!themes.insert(Theme::MigrantSmuggling));
/// assert!(themes.contains(Theme::BorderManagement));
/// let ids: Vec<&str> = themes.iter().map(|t| t.as_str()).collect();
/// assert_eq!(ids, ["border_management", "migrant_smuggling"]);
/// ```
pub struct Set<T> {
    bits: u64,
    // `fn() -> T` keeps the set `Send`, `Sync` and `Copy` whatever `T` is.
    of: PhantomData<fn() -> T>,
}

impl<T: Vocabulary> Set<T> {
    /// The empty set.
    pub const fn new() -> Set<T> {
        Set {
            bits: 0,
            of: PhantomData,
        }
    }

    fn bit(value: T) -> u64 {
        // Every vocabulary has at most 64 values, checked where it is declared.
        1 << value.index()
    }

    /// Adds `value`; false if it was there already.
    pub fn insert(&mut self, value: T) -> bool {
        let had = self.contains(value);
        self.bits |= Self::bit(value);
        !had
    }

    /// Removes `value`; false if it was not there.
    pub fn remove(&mut self, value: T) -> bool {
        let had = self.contains(value);
        self.bits &= !Self::bit(value);
        had
    }

    /// Whether `value` is in the set.
    pub fn contains(&self, value: T) -> bool {
        self.bits & Self::bit(value) != 0
    }

    /// How many values the set holds.
    pub fn len(&self) -> usize {
        self.bits.count_ones() as usize
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.bits == 0
    }

    /// The values, in the vocabulary's order.
    pub fn iter(&self) -> SetIter<T> {
        SetIter {
            bits: self.bits,
            of: PhantomData,
        }
    }
}

/// The values of a [`Set`], in the vocabulary's order.
pub struct SetIter<T> {
    bits: u64,
    of: PhantomData<fn() -> T>,
}

impl<T: Vocabulary> Iterator for SetIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        let index = self.bits.trailing_zeros() as usize;
        // Clearing the lowest bit moves on; with no bit left, `get` finds nothing.
        self.bits &= self.bits.wrapping_sub(1);
        T::VALUES.get(index).copied()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.bits.count_ones() as usize;
        (n, Some(n))
    }
}

impl<T: Vocabulary> ExactSizeIterator for SetIter<T> {}

impl<T: Vocabulary> std::iter::FusedIterator for SetIter<T> {}

impl<T> Clone for SetIter<T> {
    fn clone(&self) -> Self {
        SetIter {
            bits: self.bits,
            of: PhantomData,
        }
    }
}

impl<T: Vocabulary> fmt::Debug for SetIter<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

impl<T> Clone for Set<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Set<T> {}

impl<T> PartialEq for Set<T> {
    fn eq(&self, other: &Self) -> bool {
        self.bits == other.bits
    }
}

impl<T> Eq for Set<T> {}

impl<T> std::hash::Hash for Set<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.bits.hash(state);
    }
}

impl<T: Vocabulary> PartialOrd for Set<T> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl<T: Vocabulary> Ord for Set<T> {
    /// Compares the values in order, as ordered sets of them compare.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.iter().cmp(other.iter())
    }
}

impl<T: Vocabulary> Default for Set<T> {
    fn default() -> Self {
        Set::new()
    }
}

impl<T: Vocabulary> fmt::Debug for Set<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl<T: Vocabulary> IntoIterator for Set<T> {
    type Item = T;
    type IntoIter = SetIter<T>;

    fn into_iter(self) -> SetIter<T> {
        self.iter()
    }
}

impl<T: Vocabulary> IntoIterator for &Set<T> {
    type Item = T;
    type IntoIter = SetIter<T>;

    fn into_iter(self) -> SetIter<T> {
        self.iter()
    }
}

impl<T: Vocabulary> FromIterator<T> for Set<T> {
    fn from_iter<I: IntoIterator<Item = T>>(values: I) -> Self {
        let mut set = Set::new();
        set.extend(values);
        set
    }
}

impl<T: Vocabulary> Extend<T> for Set<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, values: I) {
        for value in values {
            self.insert(value);
        }
    }
}

impl<T: Vocabulary, const N: usize> From<[T; N]> for Set<T> {
    fn from(values: [T; N]) -> Self {
        values.into_iter().collect()
    }
}

impl<T: Vocabulary> Serialize for Set<T> {
    /// A list of ids, in the vocabulary's order.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl<'de, T: Vocabulary + Deserialize<'de>> Deserialize<'de> for Set<T> {
    /// A list of ids in any order; repeats count once.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Vec::<T>::deserialize(d)?.into_iter().collect())
    }
}

/// The parties of a meeting with their roles: a set of [`PartyRole`]s kept as a sorted
/// list without repeats, in the order of roles and then parties. A party with two roles
/// is in it twice.
///
/// ```
/// use rabat::{Country, PartyRole, Role, Roles};
///
/// let spain: Country = "ES".parse()?;
/// let mut roles = Roles::new();
/// assert!(roles.insert(PartyRole::new(Role::CoChair, spain)));
/// assert!(roles.insert(PartyRole::new(Role::Host, spain)));
/// assert!(!roles.insert(PartyRole::new(Role::Host, spain)));
/// let listed: Vec<String> = roles.iter().map(|r| r.to_string()).collect();
/// assert_eq!(listed, ["host: Spain", "co_chair: Spain"]);
/// # Ok::<(), rabat::Error>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Roles(Vec<PartyRole>);

impl Roles {
    /// No roles.
    pub const fn new() -> Roles {
        Roles(Vec::new())
    }

    /// Adds `role`; false if it was there already.
    pub fn insert(&mut self, role: PartyRole) -> bool {
        match self.0.binary_search(&role) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, role);
                true
            }
        }
    }

    /// Removes `role`; false if it was not there.
    pub fn remove(&mut self, role: &PartyRole) -> bool {
        match self.0.binary_search(role) {
            Ok(at) => {
                self.0.remove(at);
                true
            }
            Err(_) => false,
        }
    }

    /// Whether `role` is in the set.
    pub fn contains(&self, role: &PartyRole) -> bool {
        self.0.binary_search(role).is_ok()
    }

    /// How many party-role pairs there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The pairs, in order.
    pub fn iter(&self) -> std::slice::Iter<'_, PartyRole> {
        self.0.iter()
    }

    /// The pairs, in order, as a slice.
    pub fn as_slice(&self) -> &[PartyRole] {
        &self.0
    }

    /// Keeps only the pairs for which `keep` is true.
    pub fn retain(&mut self, keep: impl FnMut(&PartyRole) -> bool) {
        self.0.retain(keep);
    }
}

impl fmt::Debug for Roles {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl<'a> IntoIterator for &'a Roles {
    type Item = &'a PartyRole;
    type IntoIter = std::slice::Iter<'a, PartyRole>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl IntoIterator for Roles {
    type Item = PartyRole;
    type IntoIter = std::vec::IntoIter<PartyRole>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl FromIterator<PartyRole> for Roles {
    fn from_iter<I: IntoIterator<Item = PartyRole>>(roles: I) -> Self {
        // Sorted once rather than kept sorted at each insertion.
        let mut list: Vec<PartyRole> = roles.into_iter().collect();
        list.sort_unstable();
        list.dedup();
        Roles(list)
    }
}

impl Extend<PartyRole> for Roles {
    fn extend<I: IntoIterator<Item = PartyRole>>(&mut self, roles: I) {
        self.0.extend(roles);
        self.0.sort_unstable();
        self.0.dedup();
    }
}

impl<const N: usize> From<[PartyRole; N]> for Roles {
    fn from(roles: [PartyRole; N]) -> Self {
        roles.into_iter().collect()
    }
}

impl Serialize for Roles {
    /// A list of role records, in order.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl<'de> Deserialize<'de> for Roles {
    /// A list of role records in any order; repeats count once.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Vec::<PartyRole>::deserialize(d)?.into_iter().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Country, Organisation, Process, Role, Theme};
    use std::collections::BTreeSet;

    #[test]
    fn a_set_behaves_as_an_ordered_set_of_its_values() {
        // Every subset of a small vocabulary, against the standard library's set.
        let all = Process::ALL;
        for mask in 0u32..(1 << 6) {
            let values: Vec<Process> = (0..6)
                .filter(|i| mask & (1 << i) != 0)
                .map(|i| all[i])
                .collect();
            let ours: Set<Process> = values.iter().rev().copied().collect();
            let std: BTreeSet<Process> = values.iter().copied().collect();
            assert_eq!(
                ours.iter().collect::<Vec<_>>(),
                std.iter().copied().collect::<Vec<_>>()
            );
            assert_eq!(ours.len(), std.len());
            assert_eq!(ours.iter().len(), std.len());
            for p in all {
                assert_eq!(ours.contains(*p), std.contains(p));
            }
        }
    }

    #[test]
    fn sets_order_as_ordered_sets_do() {
        let a: Set<Theme> = [Theme::MigrationAndDevelopment, Theme::BorderManagement].into();
        let b: Set<Theme> = [Theme::MigrationAndDevelopment].into();
        let (sa, sb): (BTreeSet<Theme>, BTreeSet<Theme>) = (a.iter().collect(), b.iter().collect());
        assert_eq!(a.cmp(&b), sa.cmp(&sb));
        assert_eq!(b.cmp(&a), sb.cmp(&sa));
        assert_eq!(a.cmp(&a), std::cmp::Ordering::Equal);
    }

    #[test]
    fn insert_and_remove_say_what_changed() {
        let mut s = Set::new();
        assert!(s.insert(Role::Guest));
        assert!(!s.insert(Role::Guest));
        assert!(s.remove(Role::Guest));
        assert!(!s.remove(Role::Guest));
        assert!(s.is_empty());
    }

    #[test]
    fn sets_read_lists_in_any_order_and_write_them_in_order() {
        let s: Set<Theme> = serde_json::from_str(
            r#"["migrant_smuggling", "border_management", "migrant_smuggling"]"#,
        )
        .unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(
            serde_json::to_string(&s).unwrap(),
            r#"["border_management","migrant_smuggling"]"#
        );
        assert!(serde_json::from_str::<Set<Theme>>(r#"["no_such_theme"]"#).is_err());
    }

    #[test]
    fn roles_stay_sorted_and_unique_however_built() {
        let es = Country::from_alpha2("ES").unwrap();
        let ma = Country::from_alpha2("MA").unwrap();
        let pairs = [
            PartyRole::new(Role::Participant, Organisation::Icmpd),
            PartyRole::new(Role::CoChair, ma),
            PartyRole::new(Role::Host, es),
            PartyRole::new(Role::CoChair, ma),
        ];
        let collected: Roles = pairs.iter().cloned().collect();
        let mut inserted = Roles::new();
        for p in pairs.iter().rev().cloned() {
            inserted.insert(p);
        }
        let mut extended = Roles::new();
        extended.extend(pairs.iter().cloned());
        let std: BTreeSet<PartyRole> = pairs.iter().cloned().collect();
        for roles in [&collected, &inserted, &extended] {
            assert_eq!(
                roles.iter().collect::<Vec<_>>(),
                std.iter().collect::<Vec<_>>()
            );
        }
        assert!(inserted.contains(&PartyRole::new(Role::Host, es)));
        assert!(inserted.remove(&PartyRole::new(Role::Host, es)));
        assert!(!inserted.contains(&PartyRole::new(Role::Host, es)));
        let json = serde_json::to_string(&collected).unwrap();
        assert_eq!(serde_json::from_str::<Roles>(&json).unwrap(), collected);
    }
}
