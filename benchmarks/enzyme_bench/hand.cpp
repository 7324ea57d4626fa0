// Drives Enzyme's ReverseMode hand benchmark (ADBench's hand tracking: hand/hand.cpp): the
// benchmark's Enzyme gradients dhand_objective (theta duplicated) and
// dhand_objective_complicated (theta and us duplicated), all model and data inputs const and
// err dupnoneed seeded with a vector, every entry against central differences of the seeded
// hand_objective / hand_objective_complicated, and the const inputs unchanged.
// Input: the benchmark's own data (argv[1] = hand/data): simple_small/hand1_t26_c100.txt and
// complicated_small/hand1_t26_c100.txt with the model in their model/ folders (the format of
// ADBench's read_hand_instance: bones, vertices with bone weights, triangles; 100
// correspondences, 26 pose parameters).
// Compiled after the benchmark's Enzyme code, in the same translation unit.
#include "check.h"
#include <fstream>
#include <sstream>

struct HandData {
  std::vector<std::string> names;
  std::vector<const char *> bone_names;
  std::vector<int> parents;
  std::vector<std::vector<double>> rel, inv;  // 4x4, column major
  std::vector<Matrix> base_relatives, inverse_base_absolutes;
  std::vector<double> positions, weights, points;
  Matrix base_positions, weights_m, points_m;
  std::vector<Triangle> triangles;
  std::vector<int> correspondences;
  std::vector<double> theta, us;
};

static std::vector<std::string> split(const std::string &line, char sep) {
  std::vector<std::string> out;
  std::stringstream ss(line);
  std::string s;
  while (std::getline(ss, s, sep)) out.push_back(s);
  return out;
}

static bool read_hand(const std::string &model, const std::string &file, bool complicated,
                      HandData &h) {
  std::ifstream bones(model + "bones.txt"), verts(model + "vertices.txt"),
      tris(model + "triangles.txt"), in(file);
  if (!bones || !verts || !tris || !in) return false;
  std::string line;
  while (std::getline(bones, line)) {
    auto f = split(line, ':');
    if (f.size() < 34) continue;
    h.names.push_back(f[0]);
    h.parents.push_back(std::stoi(f[1]));
    std::vector<double> r(16), v(16);
    for (int i = 0; i < 16; i++) {  // row major in the file
      r[(i / 4) + 4 * (i % 4)] = std::stod(f[2 + i]);
      v[(i / 4) + 4 * (i % 4)] = std::stod(f[18 + i]);
    }
    h.rel.push_back(r);
    h.inv.push_back(v);
  }
  int nb = (int)h.names.size();
  std::vector<std::vector<std::string>> vs;
  while (std::getline(verts, line))
    if (!line.empty()) vs.push_back(split(line, ':'));
  int nv = (int)vs.size();
  h.positions.assign(4 * nv, 1.0);
  h.weights.assign(nb * nv, 0.0);
  for (int i = 0; i < nv; i++) {
    for (int j = 0; j < 3; j++) h.positions[j + 4 * i] = std::stod(vs[i][j]);
    int n = std::stoi(vs[i][8]);
    for (int j = 0; j < n; j++)
      h.weights[std::stoi(vs[i][9 + 2 * j]) + nb * i] = std::stod(vs[i][10 + 2 * j]);
  }
  while (std::getline(tris, line)) {
    auto f = split(line, ':');
    if (f.size() == 3) h.triangles.push_back({{std::stoi(f[0]), std::stoi(f[1]), std::stoi(f[2])}});
  }
  int npts, ntheta;
  in >> npts >> ntheta;
  h.correspondences.resize(npts);
  h.points.resize(3 * npts);
  for (int i = 0; i < npts; i++) in >> h.correspondences[i] >> h.points[3 * i] >> h.points[3 * i + 1] >> h.points[3 * i + 2];
  if (complicated) {
    h.us.resize(2 * npts);
    for (auto &u : h.us) in >> u;
  }
  h.theta.resize(ntheta);
  for (auto &t : h.theta) in >> t;
  if (!in) return false;
  for (int i = 0; i < nb; i++) {
    h.bone_names.push_back(h.names[i].c_str());
    h.base_relatives.push_back({4, 4, h.rel[i].data()});
    h.inverse_base_absolutes.push_back({4, 4, h.inv[i].data()});
  }
  h.base_positions = {4, nv, h.positions.data()};
  h.weights_m = {nb, nv, h.weights.data()};
  h.points_m = {3, npts, h.points.data()};
  return true;
}

// Every double the model and data hold, to see that the gradient call leaves them alone.
static std::vector<double> snapshot(const HandData &h) {
  std::vector<double> s = h.positions;
  s.insert(s.end(), h.weights.begin(), h.weights.end());
  s.insert(s.end(), h.points.begin(), h.points.end());
  for (auto &m : h.rel) s.insert(s.end(), m.begin(), m.end());
  for (auto &m : h.inv) s.insert(s.end(), m.begin(), m.end());
  return s;
}

int main(int argc, char **argv) {
  std::string dir = argc > 1 ? argv[1] : "hand/data";
  bench::Checker check;
  for (int complicated = 0; complicated < 2; complicated++) {
    std::string sub = dir + (complicated ? "/complicated_small/" : "/simple_small/");
    HandData h;
    if (!read_hand(sub + "model/", sub + "hand1_t26_c100.txt", complicated, h)) {
      printf("cannot read %shand1_t26_c100.txt\n", sub.c_str());
      return 2;
    }
    int nerr = 3 * (int)h.correspondences.size();
    std::vector<double> seed(nerr), err(nerr), derr(nerr), dtheta(h.theta.size()),
        dus(h.us.size());
    bench::fill(seed.data(), nerr, 1.0, 0.0, 5);
    derr = seed;
    std::vector<double> before = snapshot(h);
    std::string name = complicated ? "complicated." : "simple.";
    if (complicated)
      dhand_objective_complicated(h.theta.data(), dtheta.data(), h.us.data(), dus.data(),
                                  (int)h.names.size(), h.bone_names.data(), h.parents.data(),
                                  h.base_relatives.data(), h.inverse_base_absolutes.data(),
                                  &h.base_positions, &h.weights_m, h.triangles.data(), 0,
                                  (int)h.correspondences.size(), h.correspondences.data(),
                                  &h.points_m, err.data(), derr.data());
    else
      dhand_objective(h.theta.data(), dtheta.data(), (int)h.names.size(), h.bone_names.data(),
                      h.parents.data(), h.base_relatives.data(),
                      h.inverse_base_absolutes.data(), &h.base_positions, &h.weights_m,
                      h.triangles.data(), 0, (int)h.correspondences.size(),
                      h.correspondences.data(), &h.points_m, err.data(), derr.data());
    std::vector<double> after = snapshot(h);
    check.same((name + "model and data").c_str(), after.data(), before.data(), after.size());
    auto objective = [&] {
      std::vector<double> e(nerr);
      if (complicated)
        hand_objective_complicated(h.theta.data(), h.us.data(), (int)h.names.size(),
                                   h.bone_names.data(), h.parents.data(),
                                   h.base_relatives.data(), h.inverse_base_absolutes.data(),
                                   &h.base_positions, &h.weights_m, h.triangles.data(), 0,
                                   (int)h.correspondences.size(), h.correspondences.data(),
                                   &h.points_m, e.data());
      else
        hand_objective(h.theta.data(), (int)h.names.size(), h.bone_names.data(),
                       h.parents.data(), h.base_relatives.data(),
                       h.inverse_base_absolutes.data(), &h.base_positions, &h.weights_m,
                       h.triangles.data(), 0, (int)h.correspondences.size(),
                       h.correspondences.data(), &h.points_m, e.data());
      return bench::dot(seed.data(), e.data(), nerr);
    };
    check.array((name + "theta").c_str(), dtheta.data(), dtheta.size(),
                [&](size_t i) { return bench::central(h.theta.data(), i, objective); });
    if (complicated)
      check.array((name + "us").c_str(), dus.data(), dus.size(),
                  [&](size_t i) { return bench::central(h.us.data(), i, objective); });
  }
  return check.verdict();
}
