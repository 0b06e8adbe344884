"""Labelling functions (``Doc → spans``) for PARK, COMPANY, PROJECT and METRIC, registered in ``registry.misc``."""

from . import company, company_gazetteer, document, metric, park, project, project_lists  # noqa: F401  (register the functions)
from .base import MISALIGNED_KEY, LabelingFunction, TextView

__all__ = ["MISALIGNED_KEY", "LabelingFunction", "TextView"]
