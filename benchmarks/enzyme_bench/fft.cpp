// Drives Enzyme's ReverseMode fft benchmark (fft/fft.cpp and fft.h, the C++ part: foobar is
// an FFT followed by an inverse FFT, in place). The benchmark's own entry point
// foobar_and_gradient(len) (inputs 2.0, seed 1.0 for every entry, returns the first entry of
// the gradient) is checked against a central difference; then the call it makes,
// __enzyme_autodiff<void>(foobar, enzyme_dupnoneed, data, ddata, len), is made with varied
// inputs and seed, and every entry is checked against central differences of seed . foobar.
// Compiled after the benchmark's Enzyme code, in the same translation unit.
#include "check.h"

int main() {
  const size_t len = 16;
  bench::Checker check;
  double first = foobar_and_gradient(len);
  std::vector<double> twos(2 * len, 2.0), ones(2 * len, 1.0);
  auto seeded_ones = [&] {
    std::vector<double> y = twos;
    foobar(y.data(), len);
    return bench::dot(ones.data(), y.data(), 2 * len);
  };
  check.array("foobar_and_gradient", &first, 1,
              [&](size_t) { return bench::central(twos.data(), 0, seeded_ones); });
  std::vector<double> data(2 * len), seed(2 * len);
  bench::fill(data.data(), 2 * len, 1.0, 0.2, 1);
  bench::fill(seed.data(), 2 * len, 1.0, 0.0, 2);
  std::vector<double> x = data, dx = seed;
  __enzyme_autodiff<void>(foobar, enzyme_dupnoneed, x.data(), dx.data(), len);
  auto seeded = [&] {
    std::vector<double> y = data;
    foobar(y.data(), len);
    return bench::dot(seed.data(), y.data(), 2 * len);
  };
  check.array("data", dx.data(), 2 * len,
              [&](size_t i) { return bench::central(data.data(), i, seeded); });
  return check.verdict();
}
