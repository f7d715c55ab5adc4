# Thin front for CMake, as DuckDB does.  make | make demo | make test | make bench
BUILD ?= build/release
JOBS  ?= $(shell nproc)
DYAD  := $(BUILD)/dyad

.PHONY: all release deps demo test bench eval fuzz clean format
all: release

deps:
	@bash scripts/setup-deps.sh

# The release build is profile-guided: an instrumented build codes the bundled examples first
# (scripts/pgo-train.sh), and the compiler lays out dyad by what that run did. About 7% fewer
# instructions per sentence on text it was not trained on (doc/performance.md). PGO=0 builds
# without it, in one step (quicker while editing).
PGO ?= 1
PROFILE := $(CURDIR)/build/pgo-profile

release: deps
ifeq ($(PGO),0)
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DDYAD_PROFILE_USE= >/dev/null
else
	@bash scripts/pgo-train.sh build/pgo-train $(PROFILE) $(JOBS)
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DDYAD_PROFILE_USE=$(PROFILE) >/dev/null
endif
	@cmake --build $(BUILD) -j $(JOBS)

demo: release
	@bash scripts/demo.sh $(DYAD)

test: release
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

bench: release
	@bash bench/run.sh $(BUILD)

# Accuracy: the coder on the project's two hand-coded sets (misses and false alarms listed with
# --show), the tagger, the geocoder, and extraction on ../shared/data/wcxb-dev-articles if there.
eval: release
	@echo "== coder, 60 articles (tests/data/events/gold.tsv)"
	@python3 eval/coder_eval.py --dyad $(DYAD) --gold tests/data/events/gold.tsv
	@echo "== coder, the same 60 articles without their datelines"
	@python3 eval/coder_eval.py --dyad $(DYAD) --gold tests/data/events/gold.tsv --no-datelines
	@echo "== coder, 30 articles for discourse (tests/data/discourse/gold.tsv)"
	@python3 eval/coder_eval.py --dyad $(DYAD) --gold tests/data/discourse/gold.tsv
	@echo "== coder, 40 articles first held out, now a development set (tests/data/heldout/gold.tsv)"
	@python3 eval/coder_eval.py --dyad $(DYAD) --gold tests/data/heldout/gold.tsv
	@echo "== coder, 40 held-out articles (tests/data/heldout2/gold.tsv; not tuned on)"
	@python3 eval/coder_eval.py --dyad $(DYAD) --gold tests/data/heldout2/gold.tsv
	@echo "== coder, 30 held-out articles (tests/data/heldout3/gold.tsv; written in session 17, not tuned on)"
	@python3 eval/coder_eval.py --dyad $(DYAD) --gold tests/data/heldout3/gold.tsv
	@echo "== coder, 30 articles held out in session 18, read in session 19 (tests/data/heldout4/gold.tsv)"
	@python3 eval/coder_eval.py --dyad $(DYAD) --gold tests/data/heldout4/gold.tsv
	@echo "== coder, 30 held-out articles (tests/data/heldout5/gold.tsv; written in session 19, not tuned on)"
	@python3 eval/coder_eval.py --dyad $(DYAD) --gold tests/data/heldout5/gold.tsv
	@echo "== coder, 30 articles held out in session 20 and read in it (tests/data/heldout6/gold.tsv)"
	@python3 eval/coder_eval.py --dyad $(DYAD) --gold tests/data/heldout6/gold.tsv
	@echo "== coder, 30 held-out articles (tests/data/heldout7/gold.tsv; written in session 21, not tuned on)"
	@python3 eval/coder_eval.py --dyad $(DYAD) --gold tests/data/heldout7/gold.tsv
	@echo "== coder, examples/ (examples/EXPECTED.tsv)"
	@python3 eval/coder_eval.py --dyad $(DYAD)
	@echo "== tagger and places"
	@$(BUILD)/dyad_tests --gtest_filter='*Accuracy*:*PlacesTestSet*:*HeldOutSet*' 2>&1 | grep -E 'accuracy'
	@echo "== extraction"
	@$(BUILD)/dyad_eval_extract ../shared/data/wcxb-dev-articles | tail -5

# Robustness: each libFuzzer target of fuzz/ (HTML and scraped text, WARC and gzip, JSON-LD,
# the coder on any text) for FUZZ_SECONDS, built with clang-14, ASan and UBSan in build/fuzz
# (scripts/fuzz.sh).
FUZZ_SECONDS ?= 60
fuzz: deps
	@bash scripts/fuzz.sh build/fuzz $(FUZZ_SECONDS) $(JOBS)

clean:
	rm -rf build demo.db

format:
	clang-format -i $$(git ls-files '*.cc' '*.h')
