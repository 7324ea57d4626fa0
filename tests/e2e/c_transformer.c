// One training step of a small GPT-2, in the style of Karpathy's llm.c train_gpt2.c (written
// anew and smaller: naive matmul, no checkpoint, no optimizer). The model struct starts with a
// GPT2Config of six ints; ParameterTensors holds 16 float pointers into one malloc'd parameter
// buffer; ActivationTensors holds 23 float pointers into activation memory that gpt2_forward
// mallocs on its first call. gpt2_loss (forward, mean cross-entropy) is differentiated by
// Enzyme with the model `enzyme_dup` (its shadow's parameter pointers point into a gradient
// buffer) and compared with llm.c-style hand-written *_backward functions, which are themselves
// checked against central finite differences of an independent double-precision forward pass.
// Exits non-zero when a check fails; prints one summary line.
//
// Built for Enzyme (any of -O0 -O1 -O2 -O3):
//   clang-19 -O2 -g -S -emit-llvm c_transformer.c -o x.ll
//   opt-19 -load-pass-plugin=$ENZYME_PLUGIN -passes=enzyme -S x.ll -o x.grad.ll   # Enzyme alone
//   python3 -m irpass run --passes typeinfo,enzyme x.ll -o x.grad.ll              # through irpass
//   clang-19 x.grad.ll -lm -o x && ./x
// Without Enzyme (hand-written backward against finite differences only):
//   clang-19 -O2 -DNO_ENZYME c_transformer.c -lm -o x && ./x
//
// The markers are declared and never defined, as users write them: at -O0 their loads stay in
// the code after Enzyme has replaced the call.
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef NO_ENZYME
extern int enzyme_dup, enzyme_const;
extern void __enzyme_autodiff(void *, ...);
#endif

// ----------------------------------------------------------------------------------------------
// the layers, forward and backward (B batch, T time, C channels, OC output channels)

void encoder_forward(float *out, const int *inp, const float *wte, const float *wpe, int B,
                     int T, int C) {
  for (int b = 0; b < B; b++) {
    for (int t = 0; t < T; t++) {
      float *out_bt = out + b * T * C + t * C;
      int ix = inp[b * T + t];
      const float *wte_ix = wte + ix * C;
      const float *wpe_t = wpe + t * C;
      for (int i = 0; i < C; i++) {
        out_bt[i] = wte_ix[i] + wpe_t[i];
      }
    }
  }
}

void encoder_backward(float *dwte, float *dwpe, const float *dout, const int *inp, int B, int T,
                      int C) {
  for (int b = 0; b < B; b++) {
    for (int t = 0; t < T; t++) {
      const float *dout_bt = dout + b * T * C + t * C;
      int ix = inp[b * T + t];
      float *dwte_ix = dwte + ix * C;
      float *dwpe_t = dwpe + t * C;
      for (int i = 0; i < C; i++) {
        float d = dout_bt[i];
        dwte_ix[i] += d;
        dwpe_t[i] += d;
      }
    }
  }
}

void layernorm_forward(float *out, float *mean, float *rstd, const float *inp,
                       const float *weight, const float *bias, int B, int T, int C) {
  float eps = 1e-5f;
  for (int b = 0; b < B; b++) {
    for (int t = 0; t < T; t++) {
      const float *x = inp + b * T * C + t * C;
      float m = 0.0f;
      for (int i = 0; i < C; i++) {
        m += x[i];
      }
      m = m / C;
      float v = 0.0f;
      for (int i = 0; i < C; i++) {
        float xshift = x[i] - m;
        v += xshift * xshift;
      }
      v = v / C;
      float s = 1.0f / sqrtf(v + eps);
      float *out_bt = out + b * T * C + t * C;
      for (int i = 0; i < C; i++) {
        float n = s * (x[i] - m);
        out_bt[i] = n * weight[i] + bias[i];
      }
      mean[b * T + t] = m;
      rstd[b * T + t] = s;
    }
  }
}

void layernorm_backward(float *dinp, float *dweight, float *dbias, const float *dout,
                        const float *inp, const float *weight, const float *mean,
                        const float *rstd, int B, int T, int C) {
  for (int b = 0; b < B; b++) {
    for (int t = 0; t < T; t++) {
      const float *dout_bt = dout + b * T * C + t * C;
      const float *inp_bt = inp + b * T * C + t * C;
      float *dinp_bt = dinp + b * T * C + t * C;
      float mean_bt = mean[b * T + t];
      float rstd_bt = rstd[b * T + t];
      // two reductions: the mean of dnorm and of dnorm * norm
      float dnorm_mean = 0.0f;
      float dnorm_norm_mean = 0.0f;
      for (int i = 0; i < C; i++) {
        float norm_bti = (inp_bt[i] - mean_bt) * rstd_bt;
        float dnorm_i = weight[i] * dout_bt[i];
        dnorm_mean += dnorm_i;
        dnorm_norm_mean += dnorm_i * norm_bti;
      }
      dnorm_mean = dnorm_mean / C;
      dnorm_norm_mean = dnorm_norm_mean / C;
      for (int i = 0; i < C; i++) {
        float norm_bti = (inp_bt[i] - mean_bt) * rstd_bt;
        float dnorm_i = weight[i] * dout_bt[i];
        dbias[i] += dout_bt[i];
        dweight[i] += norm_bti * dout_bt[i];
        float dval = dnorm_i - dnorm_mean - norm_bti * dnorm_norm_mean;
        dinp_bt[i] += dval * rstd_bt;
      }
    }
  }
}

// out (B,T,OC) = inp (B,T,C) @ weight (OC,C)^T + bias (OC), bias may be NULL
void matmul_forward(float *out, const float *inp, const float *weight, const float *bias,
                    int B, int T, int C, int OC) {
  for (int b = 0; b < B; b++) {
    for (int t = 0; t < T; t++) {
      int bt = b * T + t;
      for (int o = 0; o < OC; o++) {
        float val = (bias != NULL) ? bias[o] : 0.0f;
        for (int i = 0; i < C; i++) {
          val += inp[bt * C + i] * weight[o * C + i];
        }
        out[bt * OC + o] = val;
      }
    }
  }
}

void matmul_backward(float *dinp, float *dweight, float *dbias, const float *dout,
                     const float *inp, const float *weight, int B, int T, int C, int OC) {
  for (int b = 0; b < B; b++) {
    for (int t = 0; t < T; t++) {
      const float *dout_bt = dout + b * T * OC + t * OC;
      float *dinp_bt = dinp + b * T * C + t * C;
      for (int o = 0; o < OC; o++) {
        const float *wrow = weight + o * C;
        float d = dout_bt[o];
        for (int i = 0; i < C; i++) {
          dinp_bt[i] += wrow[i] * d;
        }
      }
    }
  }
  for (int o = 0; o < OC; o++) {
    for (int b = 0; b < B; b++) {
      for (int t = 0; t < T; t++) {
        const float *dout_bt = dout + b * T * OC + t * OC;
        const float *inp_bt = inp + b * T * C + t * C;
        float *dwrow = dweight + o * C;
        float d = dout_bt[o];
        if (dbias != NULL) {
          dbias[o] += d;
        }
        for (int i = 0; i < C; i++) {
          dwrow[i] += inp_bt[i] * d;
        }
      }
    }
  }
}

// inp (B,T,3C) holds query, key, value; preatt, att (B,NH,T,T); out (B,T,C); causal
void attention_forward(float *out, float *preatt, float *att, const float *inp, int B, int T,
                       int C, int NH) {
  int C3 = C * 3;
  int hs = C / NH;  // head size
  float scale = 1.0f / sqrtf(hs);
  for (int b = 0; b < B; b++) {
    for (int t = 0; t < T; t++) {
      for (int h = 0; h < NH; h++) {
        const float *query_t = inp + b * T * C3 + t * C3 + h * hs;
        float *preatt_bth = preatt + b * NH * T * T + h * T * T + t * T;
        float *att_bth = att + b * NH * T * T + h * T * T + t * T;
        // pass 1: query . key, and the maximum
        float maxval = -10000.0f;
        for (int t2 = 0; t2 <= t; t2++) {
          const float *key_t2 = inp + b * T * C3 + t2 * C3 + h * hs + C;
          float val = 0.0f;
          for (int i = 0; i < hs; i++) {
            val += query_t[i] * key_t2[i];
          }
          val *= scale;
          if (val > maxval) {
            maxval = val;
          }
          preatt_bth[t2] = val;
        }
        // pass 2: exp and sum
        float expsum = 0.0f;
        for (int t2 = 0; t2 <= t; t2++) {
          float expv = expf(preatt_bth[t2] - maxval);
          expsum += expv;
          att_bth[t2] = expv;
        }
        float expsum_inv = expsum == 0.0f ? 0.0f : 1.0f / expsum;
        // pass 3: normalize, zero past the causal mask
        for (int t2 = 0; t2 < T; t2++) {
          if (t2 <= t) {
            att_bth[t2] *= expsum_inv;
          } else {
            att_bth[t2] = 0.0f;
          }
        }
        // pass 4: the weighted sum of values
        float *out_bth = out + b * T * C + t * C + h * hs;
        for (int i = 0; i < hs; i++) {
          out_bth[i] = 0.0f;
        }
        for (int t2 = 0; t2 <= t; t2++) {
          const float *value_t2 = inp + b * T * C3 + t2 * C3 + h * hs + C * 2;
          float att_btht2 = att_bth[t2];
          for (int i = 0; i < hs; i++) {
            out_bth[i] += att_btht2 * value_t2[i];
          }
        }
      }
    }
  }
}

void attention_backward(float *dinp, float *dpreatt, float *datt, const float *dout,
                        const float *inp, const float *att, int B, int T, int C, int NH) {
  int C3 = C * 3;
  int hs = C / NH;
  float scale = 1.0f / sqrtf(hs);
  for (int b = 0; b < B; b++) {
    for (int t = 0; t < T; t++) {
      for (int h = 0; h < NH; h++) {
        const float *att_bth = att + b * NH * T * T + h * T * T + t * T;
        float *datt_bth = datt + b * NH * T * T + h * T * T + t * T;
        float *dpreatt_bth = dpreatt + b * NH * T * T + h * T * T + t * T;
        float *dquery_t = dinp + b * T * C3 + t * C3 + h * hs;
        const float *query_t = inp + b * T * C3 + t * C3 + h * hs;
        // pass 4: the value accumulation
        const float *dout_bth = dout + b * T * C + t * C + h * hs;
        for (int t2 = 0; t2 <= t; t2++) {
          const float *value_t2 = inp + b * T * C3 + t2 * C3 + h * hs + C * 2;
          float *dvalue_t2 = dinp + b * T * C3 + t2 * C3 + h * hs + C * 2;
          for (int i = 0; i < hs; i++) {
            datt_bth[t2] += value_t2[i] * dout_bth[i];
            dvalue_t2[i] += att_bth[t2] * dout_bth[i];
          }
        }
        // passes 2 and 3: the softmax
        for (int t2 = 0; t2 <= t; t2++) {
          for (int t3 = 0; t3 <= t; t3++) {
            float indicator = t2 == t3 ? 1.0f : 0.0f;
            float local_derivative = att_bth[t2] * (indicator - att_bth[t3]);
            dpreatt_bth[t3] += local_derivative * datt_bth[t2];
          }
        }
        // pass 1: query . key
        for (int t2 = 0; t2 <= t; t2++) {
          const float *key_t2 = inp + b * T * C3 + t2 * C3 + h * hs + C;
          float *dkey_t2 = dinp + b * T * C3 + t2 * C3 + h * hs + C;
          for (int i = 0; i < hs; i++) {
            dquery_t[i] += key_t2[i] * dpreatt_bth[t2] * scale;
            dkey_t2[i] += query_t[i] * dpreatt_bth[t2] * scale;
          }
        }
      }
    }
  }
}

#define GELU_SCALING_FACTOR sqrtf(2.0f / M_PI)

void gelu_forward(float *out, const float *inp, int N) {
  for (int i = 0; i < N; i++) {
    float x = inp[i];
    float cube = 0.044715f * x * x * x;
    out[i] = 0.5f * x * (1.0f + tanhf(GELU_SCALING_FACTOR * (x + cube)));
  }
}

void gelu_backward(float *dinp, const float *inp, const float *dout, int N) {
  for (int i = 0; i < N; i++) {
    float x = inp[i];
    float cube = 0.044715f * x * x * x;
    float tanh_arg = GELU_SCALING_FACTOR * (x + cube);
    float tanh_out = tanhf(tanh_arg);
    float coshf_out = coshf(tanh_arg);
    float sech_out = 1.0f / (coshf_out * coshf_out);
    float local_grad = 0.5f * (1.0f + tanh_out) +
                       x * 0.5f * sech_out * GELU_SCALING_FACTOR * (1.0f + 3.0f * 0.044715f * x * x);
    dinp[i] += local_grad * dout[i];
  }
}

void residual_forward(float *out, const float *inp1, const float *inp2, int N) {
  for (int i = 0; i < N; i++) {
    out[i] = inp1[i] + inp2[i];
  }
}

void residual_backward(float *dinp1, float *dinp2, const float *dout, int N) {
  for (int i = 0; i < N; i++) {
    dinp1[i] += dout[i];
    dinp2[i] += dout[i];
  }
}

// softmax over the first V of Vp (padded) logits; the padding gets probability 0
void softmax_forward(float *probs, const float *logits, int B, int T, int V, int Vp) {
  for (int b = 0; b < B; b++) {
    for (int t = 0; t < T; t++) {
      const float *logits_bt = logits + b * T * Vp + t * Vp;
      float *probs_bt = probs + b * T * Vp + t * Vp;
      float maxval = -10000.0f;
      for (int i = 0; i < V; i++) {
        if (logits_bt[i] > maxval) {
          maxval = logits_bt[i];
        }
      }
      float sum = 0.0f;
      for (int i = 0; i < V; i++) {
        probs_bt[i] = expf(logits_bt[i] - maxval);
        sum += probs_bt[i];
      }
      for (int i = 0; i < V; i++) {
        probs_bt[i] /= sum;
      }
      for (int i = V; i < Vp; i++) {
        probs_bt[i] = 0.0f;
      }
    }
  }
}

void crossentropy_forward(float *losses, const float *probs, const int *targets, int B, int T,
                          int Vp) {
  for (int b = 0; b < B; b++) {
    for (int t = 0; t < T; t++) {
      const float *probs_bt = probs + b * T * Vp + t * Vp;
      int ix = targets[b * T + t];
      losses[b * T + t] = -logf(probs_bt[ix]);
    }
  }
}

void crossentropy_softmax_backward(float *dlogits, const float *dlosses, const float *probs,
                                   const int *targets, int B, int T, int V, int Vp) {
  for (int b = 0; b < B; b++) {
    for (int t = 0; t < T; t++) {
      float *dlogits_bt = dlogits + b * T * Vp + t * Vp;
      const float *probs_bt = probs + b * T * Vp + t * Vp;
      float dloss = dlosses[b * T + t];
      int ix = targets[b * T + t];
      for (int i = 0; i < V; i++) {
        float p = probs_bt[i];
        float indicator = i == ix ? 1.0f : 0.0f;
        dlogits_bt[i] += (p - indicator) * dloss;
      }
    }
  }
}

// ----------------------------------------------------------------------------------------------
// the model

typedef struct {
  int max_seq_len;        // maxT
  int vocab_size;         // V
  int padded_vocab_size;  // Vp
  int num_layers;         // L
  int num_heads;          // NH
  int channels;           // C
} GPT2Config;

#define NUM_PARAMETER_TENSORS 16
typedef struct {
  float *wte;       // (Vp, C)
  float *wpe;       // (maxT, C)
  float *ln1w;      // (L, C)
  float *ln1b;      // (L, C)
  float *qkvw;      // (L, 3C, C)
  float *qkvb;      // (L, 3C)
  float *attprojw;  // (L, C, C)
  float *attprojb;  // (L, C)
  float *ln2w;      // (L, C)
  float *ln2b;      // (L, C)
  float *fcw;       // (L, 4C, C)
  float *fcb;       // (L, 4C)
  float *fcprojw;   // (L, C, 4C)
  float *fcprojb;   // (L, C)
  float *lnfw;      // (C)
  float *lnfb;      // (C)
} ParameterTensors;

void fill_in_parameter_sizes(size_t *param_sizes, GPT2Config config) {
  size_t Vp = config.padded_vocab_size;
  size_t C = config.channels;
  size_t maxT = config.max_seq_len;
  size_t L = config.num_layers;
  param_sizes[0] = Vp * C;
  param_sizes[1] = maxT * C;
  param_sizes[2] = L * C;
  param_sizes[3] = L * C;
  param_sizes[4] = L * (3 * C) * C;
  param_sizes[5] = L * (3 * C);
  param_sizes[6] = L * C * C;
  param_sizes[7] = L * C;
  param_sizes[8] = L * C;
  param_sizes[9] = L * C;
  param_sizes[10] = L * (4 * C) * C;
  param_sizes[11] = L * (4 * C);
  param_sizes[12] = L * C * (4 * C);
  param_sizes[13] = L * C;
  param_sizes[14] = C;
  param_sizes[15] = C;
}

float *malloc_and_point_parameters(ParameterTensors *params, const size_t *param_sizes) {
  size_t num_parameters = 0;
  for (size_t i = 0; i < NUM_PARAMETER_TENSORS; i++) {
    num_parameters += param_sizes[i];
  }
  float *params_memory = (float *)malloc(num_parameters * sizeof(float));
  float **ptrs[] = {&params->wte,  &params->wpe,     &params->ln1w,     &params->ln1b,
                    &params->qkvw, &params->qkvb,    &params->attprojw, &params->attprojb,
                    &params->ln2w, &params->ln2b,    &params->fcw,      &params->fcb,
                    &params->fcprojw, &params->fcprojb, &params->lnfw,  &params->lnfb};
  float *params_memory_iterator = params_memory;
  for (size_t i = 0; i < NUM_PARAMETER_TENSORS; i++) {
    *(ptrs[i]) = params_memory_iterator;
    params_memory_iterator += param_sizes[i];
  }
  return params_memory;
}

#define NUM_ACTIVATION_TENSORS 23
typedef struct {
  float *encoded;    // (B, T, C)
  float *ln1;        // (L, B, T, C)
  float *ln1_mean;   // (L, B, T)
  float *ln1_rstd;   // (L, B, T)
  float *qkv;        // (L, B, T, 3C)
  float *atty;       // (L, B, T, C)
  float *preatt;     // (L, B, NH, T, T)
  float *att;        // (L, B, NH, T, T)
  float *attproj;    // (L, B, T, C)
  float *residual2;  // (L, B, T, C)
  float *ln2;        // (L, B, T, C)
  float *ln2_mean;   // (L, B, T)
  float *ln2_rstd;   // (L, B, T)
  float *fch;        // (L, B, T, 4C)
  float *fch_gelu;   // (L, B, T, 4C)
  float *fcproj;     // (L, B, T, C)
  float *residual3;  // (L, B, T, C)
  float *lnf;        // (B, T, C)
  float *lnf_mean;   // (B, T)
  float *lnf_rstd;   // (B, T)
  float *logits;     // (B, T, Vp)
  float *probs;      // (B, T, Vp)
  float *losses;     // (B, T)
} ActivationTensors;

void fill_in_activation_sizes(size_t *act_sizes, GPT2Config config, int B, int T) {
  size_t C = config.channels;
  size_t NH = config.num_heads;
  size_t L = config.num_layers;
  size_t Vp = config.padded_vocab_size;
  act_sizes[0] = B * T * C;
  act_sizes[1] = L * B * T * C;
  act_sizes[2] = L * B * T;
  act_sizes[3] = L * B * T;
  act_sizes[4] = L * B * T * 3 * C;
  act_sizes[5] = L * B * T * C;
  act_sizes[6] = L * B * NH * T * T;
  act_sizes[7] = L * B * NH * T * T;
  act_sizes[8] = L * B * T * C;
  act_sizes[9] = L * B * T * C;
  act_sizes[10] = L * B * T * C;
  act_sizes[11] = L * B * T;
  act_sizes[12] = L * B * T;
  act_sizes[13] = L * B * T * 4 * C;
  act_sizes[14] = L * B * T * 4 * C;
  act_sizes[15] = L * B * T * C;
  act_sizes[16] = L * B * T * C;
  act_sizes[17] = B * T * C;
  act_sizes[18] = B * T;
  act_sizes[19] = B * T;
  act_sizes[20] = B * T * Vp;
  act_sizes[21] = B * T * Vp;
  act_sizes[22] = B * T;
}

float *malloc_and_point_activations(ActivationTensors *acts, const size_t *act_sizes) {
  size_t num_activations = 0;
  for (size_t i = 0; i < NUM_ACTIVATION_TENSORS; i++) {
    num_activations += act_sizes[i];
  }
  float *acts_memory = (float *)malloc(num_activations * sizeof(float));
  float **ptrs[] = {&acts->encoded,  &acts->ln1,       &acts->ln1_mean, &acts->ln1_rstd,
                    &acts->qkv,      &acts->atty,      &acts->preatt,   &acts->att,
                    &acts->attproj,  &acts->residual2, &acts->ln2,      &acts->ln2_mean,
                    &acts->ln2_rstd, &acts->fch,       &acts->fch_gelu, &acts->fcproj,
                    &acts->residual3, &acts->lnf,      &acts->lnf_mean, &acts->lnf_rstd,
                    &acts->logits,   &acts->probs,     &acts->losses};
  float *acts_memory_iterator = acts_memory;
  for (size_t i = 0; i < NUM_ACTIVATION_TENSORS; i++) {
    *(ptrs[i]) = acts_memory_iterator;
    acts_memory_iterator += act_sizes[i];
  }
  return acts_memory;
}

typedef struct {
  GPT2Config config;
  ParameterTensors params;
  size_t param_sizes[NUM_PARAMETER_TENSORS];
  float *params_memory;
  size_t num_parameters;
  ParameterTensors grads;  // the hand-written backward's
  float *grads_memory;
  ActivationTensors acts;
  size_t act_sizes[NUM_ACTIVATION_TENSORS];
  float *acts_memory;
  size_t num_activations;
  ActivationTensors grads_acts;
  float *grads_acts_memory;
  int batch_size;  // of the activations allocated
  int seq_len;
  float mean_loss;
} GPT2;

void gpt2_forward(GPT2 *model, const int *inputs, const int *targets, size_t B, size_t T) {
  size_t V = model->config.vocab_size;
  size_t Vp = model->config.padded_vocab_size;
  size_t L = model->config.num_layers;
  size_t NH = model->config.num_heads;
  size_t C = model->config.channels;

  // the activations are allocated on the first call, for this B and T
  if (model->acts_memory == NULL) {
    model->batch_size = B;
    model->seq_len = T;
    fill_in_activation_sizes(model->act_sizes, model->config, B, T);
    size_t num_activations = 0;
    for (size_t i = 0; i < NUM_ACTIVATION_TENSORS; i++) {
      num_activations += model->act_sizes[i];
    }
    model->num_activations = num_activations;
    model->acts_memory = malloc_and_point_activations(&model->acts, model->act_sizes);
  } else if ((int)B != model->batch_size || (int)T != model->seq_len) {
    printf("gpt2_forward: B=%d T=%d, allocated for B=%d T=%d\n", (int)B, (int)T,
           model->batch_size, model->seq_len);
    exit(1);
  }

  ParameterTensors params = model->params;
  ActivationTensors acts = model->acts;
  float *residual;
  encoder_forward(acts.encoded, inputs, params.wte, params.wpe, B, T, C);
  for (int l = 0; l < L; l++) {
    residual = l == 0 ? acts.encoded : acts.residual3 + (l - 1) * B * T * C;

    float *l_ln1w = params.ln1w + l * C;
    float *l_ln1b = params.ln1b + l * C;
    float *l_qkvw = params.qkvw + l * 3 * C * C;
    float *l_qkvb = params.qkvb + l * 3 * C;
    float *l_attprojw = params.attprojw + l * C * C;
    float *l_attprojb = params.attprojb + l * C;
    float *l_ln2w = params.ln2w + l * C;
    float *l_ln2b = params.ln2b + l * C;
    float *l_fcw = params.fcw + l * 4 * C * C;
    float *l_fcb = params.fcb + l * 4 * C;
    float *l_fcprojw = params.fcprojw + l * C * 4 * C;
    float *l_fcprojb = params.fcprojb + l * C;

    float *l_ln1 = acts.ln1 + l * B * T * C;
    float *l_ln1_mean = acts.ln1_mean + l * B * T;
    float *l_ln1_rstd = acts.ln1_rstd + l * B * T;
    float *l_qkv = acts.qkv + l * B * T * 3 * C;
    float *l_atty = acts.atty + l * B * T * C;
    float *l_preatt = acts.preatt + l * B * NH * T * T;
    float *l_att = acts.att + l * B * NH * T * T;
    float *l_attproj = acts.attproj + l * B * T * C;
    float *l_residual2 = acts.residual2 + l * B * T * C;
    float *l_ln2 = acts.ln2 + l * B * T * C;
    float *l_ln2_mean = acts.ln2_mean + l * B * T;
    float *l_ln2_rstd = acts.ln2_rstd + l * B * T;
    float *l_fch = acts.fch + l * B * T * 4 * C;
    float *l_fch_gelu = acts.fch_gelu + l * B * T * 4 * C;
    float *l_fcproj = acts.fcproj + l * B * T * C;
    float *l_residual3 = acts.residual3 + l * B * T * C;

    layernorm_forward(l_ln1, l_ln1_mean, l_ln1_rstd, residual, l_ln1w, l_ln1b, B, T, C);
    matmul_forward(l_qkv, l_ln1, l_qkvw, l_qkvb, B, T, C, 3 * C);
    attention_forward(l_atty, l_preatt, l_att, l_qkv, B, T, C, NH);
    matmul_forward(l_attproj, l_atty, l_attprojw, l_attprojb, B, T, C, C);
    residual_forward(l_residual2, residual, l_attproj, B * T * C);
    layernorm_forward(l_ln2, l_ln2_mean, l_ln2_rstd, l_residual2, l_ln2w, l_ln2b, B, T, C);
    matmul_forward(l_fch, l_ln2, l_fcw, l_fcb, B, T, C, 4 * C);
    gelu_forward(l_fch_gelu, l_fch, B * T * 4 * C);
    matmul_forward(l_fcproj, l_fch_gelu, l_fcprojw, l_fcprojb, B, T, 4 * C, C);
    residual_forward(l_residual3, l_residual2, l_fcproj, B * T * C);
  }
  residual = acts.residual3 + (L - 1) * B * T * C;
  layernorm_forward(acts.lnf, acts.lnf_mean, acts.lnf_rstd, residual, params.lnfw, params.lnfb,
                    B, T, C);
  matmul_forward(acts.logits, acts.lnf, params.wte, NULL, B, T, C, Vp);
  softmax_forward(acts.probs, acts.logits, B, T, V, Vp);

  crossentropy_forward(model->acts.losses, model->acts.probs, targets, B, T, Vp);
  float mean_loss = 0.0f;
  for (int i = 0; i < B * T; i++) {
    mean_loss += model->acts.losses[i];
  }
  mean_loss /= B * T;
  model->mean_loss = mean_loss;
}

// what Enzyme differentiates
float gpt2_loss(GPT2 *model, const int *inputs, const int *targets, int B, int T) {
  gpt2_forward(model, inputs, targets, B, T);
  return model->mean_loss;
}

void gpt2_zero_grad(GPT2 *model) {
  memset(model->grads_memory, 0, model->num_parameters * sizeof(float));
  memset(model->grads_acts_memory, 0, model->num_activations * sizeof(float));
}

// the hand-written backward of the last gpt2_forward, d mean_loss into model->grads
void gpt2_backward(GPT2 *model, const int *inputs, const int *targets) {
  if (model->grads_memory == NULL) {
    model->grads_memory = malloc_and_point_parameters(&model->grads, model->param_sizes);
    model->grads_acts_memory = malloc_and_point_activations(&model->grads_acts, model->act_sizes);
  }
  gpt2_zero_grad(model);

  size_t B = model->batch_size;
  size_t T = model->seq_len;
  size_t V = model->config.vocab_size;
  size_t Vp = model->config.padded_vocab_size;
  size_t L = model->config.num_layers;
  size_t NH = model->config.num_heads;
  size_t C = model->config.channels;

  ParameterTensors params = model->params;
  ParameterTensors grads = model->grads;
  ActivationTensors acts = model->acts;
  ActivationTensors grads_acts = model->grads_acts;

  float dloss_mean = 1.0f / (B * T);
  for (int i = 0; i < B * T; i++) {
    grads_acts.losses[i] = dloss_mean;
  }
  crossentropy_softmax_backward(grads_acts.logits, grads_acts.losses, acts.probs, targets, B, T,
                                V, Vp);
  matmul_backward(grads_acts.lnf, grads.wte, NULL, grads_acts.logits, acts.lnf, params.wte, B, T,
                  C, Vp);
  float *residual = acts.residual3 + (L - 1) * B * T * C;
  float *dresidual = grads_acts.residual3 + (L - 1) * B * T * C;
  layernorm_backward(dresidual, grads.lnfw, grads.lnfb, grads_acts.lnf, residual, params.lnfw,
                     acts.lnf_mean, acts.lnf_rstd, B, T, C);

  for (int l = L - 1; l >= 0; l--) {
    residual = l == 0 ? acts.encoded : acts.residual3 + (l - 1) * B * T * C;
    dresidual = l == 0 ? grads_acts.encoded : grads_acts.residual3 + (l - 1) * B * T * C;

    float *l_ln1w = params.ln1w + l * C;
    float *l_qkvw = params.qkvw + l * 3 * C * C;
    float *l_attprojw = params.attprojw + l * C * C;
    float *l_ln2w = params.ln2w + l * C;
    float *l_fcw = params.fcw + l * 4 * C * C;
    float *l_fcprojw = params.fcprojw + l * C * 4 * C;
    float *dl_ln1w = grads.ln1w + l * C;
    float *dl_ln1b = grads.ln1b + l * C;
    float *dl_qkvw = grads.qkvw + l * 3 * C * C;
    float *dl_qkvb = grads.qkvb + l * 3 * C;
    float *dl_attprojw = grads.attprojw + l * C * C;
    float *dl_attprojb = grads.attprojb + l * C;
    float *dl_ln2w = grads.ln2w + l * C;
    float *dl_ln2b = grads.ln2b + l * C;
    float *dl_fcw = grads.fcw + l * 4 * C * C;
    float *dl_fcb = grads.fcb + l * 4 * C;
    float *dl_fcprojw = grads.fcprojw + l * C * 4 * C;
    float *dl_fcprojb = grads.fcprojb + l * C;

    float *l_ln1 = acts.ln1 + l * B * T * C;
    float *l_ln1_mean = acts.ln1_mean + l * B * T;
    float *l_ln1_rstd = acts.ln1_rstd + l * B * T;
    float *l_qkv = acts.qkv + l * B * T * 3 * C;
    float *l_atty = acts.atty + l * B * T * C;
    float *l_att = acts.att + l * B * NH * T * T;
    float *l_residual2 = acts.residual2 + l * B * T * C;
    float *l_ln2 = acts.ln2 + l * B * T * C;
    float *l_ln2_mean = acts.ln2_mean + l * B * T;
    float *l_ln2_rstd = acts.ln2_rstd + l * B * T;
    float *l_fch = acts.fch + l * B * T * 4 * C;
    float *l_fch_gelu = acts.fch_gelu + l * B * T * 4 * C;

    float *dl_ln1 = grads_acts.ln1 + l * B * T * C;
    float *dl_qkv = grads_acts.qkv + l * B * T * 3 * C;
    float *dl_atty = grads_acts.atty + l * B * T * C;
    float *dl_preatt = grads_acts.preatt + l * B * NH * T * T;
    float *dl_att = grads_acts.att + l * B * NH * T * T;
    float *dl_attproj = grads_acts.attproj + l * B * T * C;
    float *dl_residual2 = grads_acts.residual2 + l * B * T * C;
    float *dl_ln2 = grads_acts.ln2 + l * B * T * C;
    float *dl_fch = grads_acts.fch + l * B * T * 4 * C;
    float *dl_fch_gelu = grads_acts.fch_gelu + l * B * T * 4 * C;
    float *dl_fcproj = grads_acts.fcproj + l * B * T * C;
    float *dl_residual3 = grads_acts.residual3 + l * B * T * C;

    residual_backward(dl_residual2, dl_fcproj, dl_residual3, B * T * C);
    matmul_backward(dl_fch_gelu, dl_fcprojw, dl_fcprojb, dl_fcproj, l_fch_gelu, l_fcprojw, B, T,
                    4 * C, C);
    gelu_backward(dl_fch, l_fch, dl_fch_gelu, B * T * 4 * C);
    matmul_backward(dl_ln2, dl_fcw, dl_fcb, dl_fch, l_ln2, l_fcw, B, T, C, 4 * C);
    layernorm_backward(dl_residual2, dl_ln2w, dl_ln2b, dl_ln2, l_residual2, l_ln2w, l_ln2_mean,
                       l_ln2_rstd, B, T, C);
    residual_backward(dresidual, dl_attproj, dl_residual2, B * T * C);
    matmul_backward(dl_atty, dl_attprojw, dl_attprojb, dl_attproj, l_atty, l_attprojw, B, T, C,
                    C);
    attention_backward(dl_qkv, dl_preatt, dl_att, dl_atty, l_qkv, l_att, B, T, C, NH);
    matmul_backward(dl_ln1, dl_qkvw, dl_qkvb, dl_qkv, l_ln1, l_qkvw, B, T, C, 3 * C);
    layernorm_backward(dresidual, dl_ln1w, dl_ln1b, dl_ln1, residual, l_ln1w, l_ln1_mean,
                       l_ln1_rstd, B, T, C);
  }
  encoder_backward(grads.wte, grads.wpe, grads_acts.encoded, inputs, B, T, C);
}

// ----------------------------------------------------------------------------------------------
// an independent forward pass in double (one sequence at a time, written for clarity) whose
// central finite differences check the hand-written backward

static void ref_layernorm(double *out, const double *x, const double *w, const double *b, int C) {
  double m = 0, v = 0;
  for (int i = 0; i < C; i++) m += x[i];
  m /= C;
  for (int i = 0; i < C; i++) v += (x[i] - m) * (x[i] - m);
  v /= C;
  for (int i = 0; i < C; i++) out[i] = (x[i] - m) / sqrt(v + 1e-5) * w[i] + b[i];
}

// out[o] = W[o,:] . x + bias[o]
static void ref_linear(double *out, const double *x, const double *W, const double *bias,
                       int in, int n_out) {
  for (int o = 0; o < n_out; o++) {
    double s = bias ? bias[o] : 0;
    for (int i = 0; i < in; i++) s += W[o * in + i] * x[i];
    out[o] = s;
  }
}

static double ref_loss(GPT2Config cfg, const double *p, const size_t *sizes, const int *inputs,
                       const int *targets, int B, int T) {
  int V = cfg.vocab_size, L = cfg.num_layers, NH = cfg.num_heads, C = cfg.channels;
  int hs = C / NH;
  const double *w[NUM_PARAMETER_TENSORS];
  for (int k = 0, off = 0; k < NUM_PARAMETER_TENSORS; off += sizes[k], k++) w[k] = p + off;
  double x[T][C], h[T][C], qkv[T][3 * C], y[T][C], f[T][4 * C], o[4 * C], logit[V];
  double loss = 0;
  for (int b = 0; b < B; b++) {
    for (int t = 0; t < T; t++)
      for (int i = 0; i < C; i++) x[t][i] = w[0][inputs[b * T + t] * C + i] + w[1][t * C + i];
    for (int l = 0; l < L; l++) {
      for (int t = 0; t < T; t++) {
        ref_layernorm(h[t], x[t], w[2] + l * C, w[3] + l * C, C);
        ref_linear(qkv[t], h[t], w[4] + l * 3 * C * C, w[5] + l * 3 * C, C, 3 * C);
      }
      for (int t = 0; t < T; t++) {
        for (int hd = 0; hd < NH; hd++) {
          double a[T], mx = -1e300, z = 0;
          for (int u = 0; u <= t; u++) {
            a[u] = 0;
            for (int i = 0; i < hs; i++) a[u] += qkv[t][hd * hs + i] * qkv[u][C + hd * hs + i];
            a[u] /= sqrt(hs);
            mx = a[u] > mx ? a[u] : mx;
          }
          for (int u = 0; u <= t; u++) z += exp(a[u] - mx);
          for (int i = 0; i < hs; i++) {
            double s = 0;
            for (int u = 0; u <= t; u++) s += exp(a[u] - mx) / z * qkv[u][2 * C + hd * hs + i];
            y[t][hd * hs + i] = s;
          }
        }
      }
      for (int t = 0; t < T; t++) {
        ref_linear(o, y[t], w[6] + l * C * C, w[7] + l * C, C, C);
        for (int i = 0; i < C; i++) x[t][i] += o[i];
        ref_layernorm(h[t], x[t], w[8] + l * C, w[9] + l * C, C);
        ref_linear(f[t], h[t], w[10] + l * 4 * C * C, w[11] + l * 4 * C, C, 4 * C);
        for (int i = 0; i < 4 * C; i++) {
          double v = f[t][i];
          f[t][i] = 0.5 * v * (1 + tanh(sqrt(2 / M_PI) * (v + 0.044715 * v * v * v)));
        }
        ref_linear(o, f[t], w[12] + l * C * 4 * C, w[13] + l * C, 4 * C, C);
        for (int i = 0; i < C; i++) x[t][i] += o[i];
      }
    }
    for (int t = 0; t < T; t++) {
      ref_layernorm(h[t], x[t], w[14], w[15], C);
      ref_linear(logit, h[t], w[0], NULL, C, V);  // the tied embedding; padding rows unused
      double mx = -1e300, z = 0;
      for (int v = 0; v < V; v++) mx = logit[v] > mx ? logit[v] : mx;
      for (int v = 0; v < V; v++) z += exp(logit[v] - mx);
      loss += mx + log(z) - logit[targets[b * T + t]];
    }
  }
  return loss / (B * T);
}

// ----------------------------------------------------------------------------------------------
// the driver

static uint32_t random_u32(uint64_t *state) {  // xorshift*
  *state ^= *state >> 12;
  *state ^= *state << 25;
  *state ^= *state >> 27;
  return (uint32_t)((*state * 0x2545F4914F6CDD1DULL) >> 32);
}

static float random_uniform(uint64_t *state, float lo, float hi) {
  return lo + (hi - lo) * ((random_u32(state) >> 8) / 16777216.0f);
}

void gpt2_build(GPT2 *model, GPT2Config config, uint64_t seed) {
  memset(model, 0, sizeof *model);
  model->config = config;
  fill_in_parameter_sizes(model->param_sizes, config);
  model->num_parameters = 0;
  for (size_t i = 0; i < NUM_PARAMETER_TENSORS; i++) {
    model->num_parameters += model->param_sizes[i];
  }
  model->params_memory = malloc_and_point_parameters(&model->params, model->param_sizes);
  // embeddings and matrices ~ 1/sqrt(fan in), layernorm weights near 1, small biases
  float C = config.channels;
  const float lo[NUM_PARAMETER_TENSORS] = {-0.8f, -0.5f, 0.8f, -0.2f, -2 / sqrtf(C), -0.2f,
                                           -1 / sqrtf(C), -0.2f, 0.8f, -0.2f, -1 / sqrtf(C),
                                           -0.2f, -1 / sqrtf(4 * C), -0.2f, 0.8f, -0.2f};
  uint64_t state = seed;
  float *p = model->params_memory;
  for (int k = 0; k < NUM_PARAMETER_TENSORS; k++) {
    float hi = lo[k] > 0 ? 2 - lo[k] : -lo[k];
    for (size_t i = 0; i < model->param_sizes[k]; i++) *p++ = random_uniform(&state, lo[k], hi);
  }
}

static const char *const PARAM_NAMES[NUM_PARAMETER_TENSORS] = {
    "wte",  "wpe",  "ln1w", "ln1b", "qkvw", "qkvb",    "attprojw", "attprojb",
    "ln2w", "ln2b", "fcw",  "fcb",  "fcprojw", "fcprojb", "lnfw", "lnfb"};

// Probes of the gradient by central differences of ref_loss in double: per tensor, a few single
// parameters and one random direction over the whole tensor (which sees every element). The
// error of g . v is measured against max|g| * sum|v|, the size float rounding scales with.
enum { PROBES_PER_TENSOR = 5 };
typedef struct {
  int tensor;
  size_t index;  // a single parameter, or (size_t)-1: the direction
  double fd;     // d loss along the probe, by central differences
  double scale;  // max|g| * sum|v|
} Probe;

static double along(const float *g, const Probe *pr, const double *dir, size_t off, size_t size) {
  if (pr->index != (size_t)-1) return g[off + pr->index];
  double s = 0;
  for (size_t j = 0; j < size; j++) s += (double)g[off + j] * dir[j];
  return s;
}

// the largest error of the gradient g over the probes; names the worst one
static double probe_error(const char *who, const float *g, const Probe *probes, int count,
                          double *const *dirs, const size_t *sizes, double tol) {
  double worst = 0;
  for (int p = 0; p < count; p++) {
    size_t off = 0;
    for (int k = 0; k < probes[p].tensor; k++) off += sizes[k];
    double got = along(g, &probes[p], dirs[probes[p].tensor], off, sizes[probes[p].tensor]);
    double err = fabs(got - probes[p].fd) / probes[p].scale;
    if (err > tol) {
      printf("%s: d loss / d %s", who, PARAM_NAMES[probes[p].tensor]);
      if (probes[p].index == (size_t)-1) printf(" (random direction)"); else printf("[%zu]", probes[p].index);
      printf(" = %.9g, finite differences %.9g\n", got, probes[p].fd);
    }
    if (err > worst) worst = err;
  }
  return worst;
}

#ifndef NO_ENZYME
// Enzyme's gradient of gpt2_loss at `model`, in a new zeroed buffer. The shadow model's
// parameter pointers point into that buffer; its activation pointers into zeroed shadow
// activations when the model has activations, else the derivative allocates both.
static float *enzyme_gradient(GPT2 *model, const int *inputs, const int *targets, int B, int T) {
  GPT2 shadow = *model;
  float *g = malloc_and_point_parameters(&shadow.params, model->param_sizes);
  memset(g, 0, model->num_parameters * sizeof(float));
  if (model->acts_memory != NULL) {
    shadow.acts_memory = malloc_and_point_activations(&shadow.acts, model->act_sizes);
    memset(shadow.acts_memory, 0, model->num_activations * sizeof(float));
  }
  shadow.mean_loss = 0.0f;
  __enzyme_autodiff((void *)gpt2_loss, enzyme_dup, model, &shadow, enzyme_const, inputs,
                    enzyme_const, targets, enzyme_const, B, enzyme_const, T);
  return g;
}
#endif

#define SEED 0x5EED1234ULL

int main(void) {
  GPT2Config config = {.max_seq_len = 8, .vocab_size = 29, .padded_vocab_size = 32,
                       .num_layers = 2, .num_heads = 2, .channels = 16};
  GPT2 model;
  gpt2_build(&model, config, SEED);
  enum { B_ = 2, T_ = 6 };
  int B = B_, T = T_;
  int tokens[B_ * T_ + 1];
  uint64_t state = 42;
  for (int i = 0; i < B * T + 1; i++) tokens[i] = random_u32(&state) % config.vocab_size;
  const int *inputs = tokens, *targets = tokens + 1;  // predict the next token

  gpt2_forward(&model, inputs, targets, B, T);
  float loss = model.mean_loss;
  gpt2_backward(&model, inputs, targets);
  size_t n = model.num_parameters;
  const size_t *sizes = model.param_sizes;
  const float *g_hand = model.grads_memory;
  double gmax = 0;
  for (size_t i = 0; i < n; i++) gmax = fmax(gmax, fabs(g_hand[i]));

  // 1. the hand-written backward against central differences of the double forward pass
  //    (h = 1e-5: truncation and rounding both below 1e-9 of the gradient's size)
  double *pd = malloc(n * sizeof(double));
  for (size_t i = 0; i < n; i++) pd[i] = model.params_memory[i];
  double ref = ref_loss(config, pd, sizes, inputs, targets, B, T);
  Probe probes[NUM_PARAMETER_TENSORS * PROBES_PER_TENSOR];
  double *dirs[NUM_PARAMETER_TENSORS];
  int count = 0;
  size_t off = 0;
  for (int k = 0; k < NUM_PARAMETER_TENSORS; off += sizes[k], k++) {
    dirs[k] = malloc(sizes[k] * sizeof(double));
    for (size_t j = 0; j < sizes[k]; j++) dirs[k][j] = random_uniform(&state, -1, 1);
    for (int j = 0; j < PROBES_PER_TENSOR; j++) {
      Probe pr = {k, j == 0 ? 0 : j == 1 ? sizes[k] - 1 : random_u32(&state) % sizes[k], 0, 0};
      if (j == PROBES_PER_TENSOR - 1) pr.index = (size_t)-1;
      double h = 1e-5, up, down, vsum = 0;
      for (int sign = 1; sign >= -1; sign -= 2) {
        for (size_t i = 0; i < sizes[k]; i++) {
          double v = pr.index == (size_t)-1 ? dirs[k][i] : i == pr.index;
          pd[off + i] = model.params_memory[off + i] + sign * h * v;
          if (sign == 1) vsum += fabs(v);
        }
        double l = ref_loss(config, pd, sizes, inputs, targets, B, T);
        if (sign == 1) up = l; else down = l;
      }
      for (size_t i = 0; i < sizes[k]; i++) pd[off + i] = model.params_memory[off + i];
      pr.fd = (up - down) / (2 * h);
      pr.scale = gmax * vsum;
      probes[count++] = pr;
    }
  }
  double loss_err = fabs(loss - ref) / fabs(ref);
  double fd_err = probe_error("hand-written backward", g_hand, probes, count, dirs, sizes, 1e-6);
  int failed = fd_err > 1e-6 || loss_err > 1e-6;

#ifdef NO_ENZYME
  printf("c_transformer: loss %.6f (double %.6f) | hand-written backward vs finite differences "
         "(%d probes): max err %.2e of max|g| | %s\n",
         loss, ref, count, fd_err, failed ? "FAIL" : "ok");
#else
  // 2. Enzyme's gradient: (a) of a new model, whose first forward pass, inside the derivative,
  //    mallocs the activations; (b) of `model`, whose activations exist (the other branch).
  GPT2 fresh;
  gpt2_build(&fresh, config, SEED);
  const float *g_enzyme[2];
  g_enzyme[0] = enzyme_gradient(&fresh, inputs, targets, B, T);
  failed |= fresh.mean_loss != loss || fresh.acts_memory == NULL;
  model.mean_loss = 0.0f;
  g_enzyme[1] = enzyme_gradient(&model, inputs, targets, B, T);
  failed |= model.mean_loss != loss;  // the primal ran again inside the derivative

  // Two correct float32 backward passes that sum in different orders agree to about 1e-7 of
  // the gradient's size, not of each element: some elements are sums that cancel to ~1e-8
  // (the key biases' gradients are exactly 0 in exact arithmetic), where the two differ in
  // every digit. So the criteria are relative to the gradient's norms: the largest difference
  // over max|g|, and the 2-norm of the difference over the 2-norm of g, both at most 1e-6.
  double max_err = 0, norm_err = 0, efd_err = 0;
  for (int e = 0; e < 2; e++) {
    const float *g = g_enzyme[e];
    double diff2 = 0, norm2 = 0, dmax = 0;
    size_t worst = 0;
    for (size_t i = 0; i < n; i++) {
      double d = (double)g[i] - g_hand[i];
      diff2 += d * d;
      norm2 += (double)g_hand[i] * g_hand[i];
      if (fabs(d) > dmax) {
        dmax = fabs(d);
        worst = i;
      }
    }
    double m = dmax / gmax, r = sqrt(diff2 / norm2);
    if (m > 1e-6 || r > 1e-6) {
      size_t k = 0, base = 0;
      while (worst >= base + sizes[k]) base += sizes[k++];
      printf("enzyme (%s) vs hand-written: d loss / d %s[%zu] = %.9g, hand-written %.9g\n",
             e == 0 ? "first call" : "second call", PARAM_NAMES[k], worst - base, g[worst],
             g_hand[worst]);
    }
    max_err = fmax(max_err, m);
    norm_err = fmax(norm_err, r);
    // and against the finite differences directly
    efd_err = fmax(efd_err, probe_error("enzyme", g, probes, count, dirs, sizes, 1e-6));
  }
  failed |= max_err > 1e-6 || norm_err > 1e-6 || efd_err > 1e-6;
  printf("c_transformer: loss %.6f (double %.6f) | vs finite differences (%d probes): "
         "hand-written %.2e, enzyme %.2e of max|g| | enzyme (first and second call) vs "
         "hand-written (%zu params): max %.2e of max|g|, 2-norm %.2e | %s\n",
         loss, ref, count, fd_err, efd_err, n, max_err, norm_err, failed ? "FAIL" : "ok");
#endif
  return failed;
}
