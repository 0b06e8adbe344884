# parkner: `make run` (main job on the embedded corpus) and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PARKNER := $(BIN)/parkner
SHARED := ../shared/data

.PHONY: run test bench large clean

$(BIN)/parkner: pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(BIN)/parkner

# Main job: ingest → label → train → evaluate on the embedded corpus; saves models/parkner-zh.
run: $(BIN)/parkner
	mkdir -p runs
	$(PARKNER) ingest corpus/raw -o runs/docs.jsonl --report runs/ingest-report.json
	$(PARKNER) label runs/docs.jsonl -o runs/labelled.jsonl --n-process 2
	$(PARKNER) train configs/default.cfg --output models/parkner-zh --paths.labelled runs/labelled.jsonl
	$(PARKNER) evaluate --gold corpus/gold/test.jsonl --rules --model models/parkner-zh \
		--json runs/evaluation.json --html runs/evaluation.html

# The larger model: the shared corpora plus the embedded corpus; gold dev and test both held out.
large: $(BIN)/parkner
	mkdir -p runs
	$(PARKNER) ingest corpus/raw $(SHARED)/corpus -o runs/large-docs.jsonl --report runs/large-ingest-report.json
	$(PARKNER) label runs/large-docs.jsonl -o runs/large-labelled.jsonl --n-process 2
	$(PARKNER) train configs/default.cfg --output models/parkner-zh-large --paths.labelled runs/large-labelled.jsonl \
		--paths.held_out corpus/gold/dev.jsonl,corpus/gold/test.jsonl --training.max_steps 5000 --training.eval_frequency 500 --rounds 2
	$(PARKNER) evaluate --gold corpus/gold/test.jsonl --rules --model models/parkner-zh-large \
		--json runs/large-evaluation.json --html runs/large-evaluation.html

test: $(BIN)/parkner
	$(BIN)/python -m pytest

bench: $(BIN)/parkner
	$(BIN)/python scripts/bench.py

clean:
	rm -rf runs models/parkner-zh models/parkner-zh-large
