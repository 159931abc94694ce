//! Parsing throughput on the bundled real page, beside a baseline that only splits the same
//! text into words, so that the ratio of the two holds on any machine.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

const PAGE: &str = include_str!("../tests/data/thematic-meetings-page-1.txt");

fn bundled_page(c: &mut Criterion) {
    let mut group = c.benchmark_group("bundled page");
    group.throughput(Throughput::Bytes(PAGE.len() as u64));
    group.bench_function("parse_page", |b| {
        b.iter(|| rabat::parse_page(black_box(PAGE)))
    });
    group.bench_function("baseline: split_whitespace", |b| {
        b.iter(|| black_box(PAGE).split_whitespace().count())
    });
    group.finish();
}

criterion_group!(benches, bundled_page);
criterion_main!(benches);
