// Drives Enzyme's ReverseMode nn benchmark (nn/nn.cpp: a one-layer MNIST classifier in
// float): the benchmark's Enzyme entry point calculateDerivatives(image, network, gradient,
// label) (image and label const, network duplicated into gradient) on a deterministic image and
// network (the benchmark's MNIST image files are not in the repository), every entry of the
// gradient against central differences of neural_network_hypothesis_v2 (float: step 1e-2,
// tolerance 2e-3), and image unchanged.
// Compiled after the benchmark's Enzyme code, in the same translation unit.
#include "check.h"

int main() {
  static mnist_image_t image, image0;
  static neural_network_t network, gradient;
  for (int j = 0; j < MNIST_IMAGE_SIZE; j++) image.pixels[j] = (uint8_t)((j * 37 + 11) % 256);
  for (int i = 0; i < MNIST_LABELS; i++) {
    network.b[i] = 0.1f * sinf(1.3f * i + 0.2f);
    for (int j = 0; j < MNIST_IMAGE_SIZE; j++)
      network.W[i][j] = 0.01f * sinf(0.37f * (i * MNIST_IMAGE_SIZE + j) + 0.5f);
  }
  const uint8_t label = 3;
  image0 = image;
  calculateDerivatives(&image, &network, &gradient, label);
  bench::Checker check;
  check.tol = 2e-3;
  check.same("image", image.pixels, image0.pixels, MNIST_IMAGE_SIZE);
  auto loss = [&] { return (double)neural_network_hypothesis_v2(&image, &network, label); };
  check.array("b", gradient.b, MNIST_LABELS,
              [&](size_t i) { return bench::central(network.b, i, loss); });
  check.array("W", &gradient.W[0][0], MNIST_LABELS * MNIST_IMAGE_SIZE,
              [&](size_t i) { return bench::central(&network.W[0][0], i, loss); });
  return check.verdict();
}
