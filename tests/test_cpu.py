"""CPU math: numpy's BLAS for the models' matrix products, one BLAS thread in pool workers."""

from __future__ import annotations

import multiprocessing

import numpy as np
from thinc.api import NumpyOps, get_current_ops
from threadpoolctl import threadpool_info

from parkner.cpu import numpy_blas_ops, single_blas_thread


def _blas_threads() -> list[int]:
    return [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]


def test_models_built_inside_use_numpy_gemm_with_the_same_products() -> None:
    before = get_current_ops()
    with numpy_blas_ops():
        ops = get_current_ops()
        assert isinstance(ops, NumpyOps) and not ops.use_blis
    assert get_current_ops() is before
    rng = np.random.default_rng(0)
    x, y = rng.random((50, 448), dtype=np.float32), rng.random((192, 448), dtype=np.float32)
    np.testing.assert_allclose(ops.gemm(x, y, trans2=True), NumpyOps().gemm(x, y, trans2=True), rtol=1e-5)


def test_a_pool_worker_keeps_to_one_blas_thread() -> None:
    with multiprocessing.get_context("spawn").Pool(1, initializer=single_blas_thread) as pool:
        assert set(pool.apply(_blas_threads)) == {1}
