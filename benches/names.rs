//! The name matcher: names resolved per second, and MB/s of running text scanned.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

const PAGE: &str = include_str!("../tests/data/thematic-meetings-page-1.txt");
const NAMES: &str = include_str!("../tests/data/names.tsv");

fn names(c: &mut Criterion) {
    let names: Vec<&str> = NAMES
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('\t').next())
        .collect();
    let mut group = c.benchmark_group("names");
    group.throughput(Throughput::Elements(names.len() as u64));
    group.bench_function("resolve (names/s)", |b| {
        b.iter(|| {
            names
                .iter()
                .filter(|n| rabat::resolve(black_box(n)).is_some())
                .count()
        })
    });
    group.finish();

    let mut group = c.benchmark_group("running text");
    group.throughput(Throughput::Bytes(PAGE.len() as u64));
    group.bench_function("find_names", |b| {
        b.iter(|| rabat::find_names(black_box(PAGE)).len())
    });
    group.bench_function("baseline: split_whitespace", |b| {
        b.iter(|| black_box(PAGE).split_whitespace().count())
    });
    group.finish();
}

criterion_group!(benches, names);
criterion_main!(benches);
