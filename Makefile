# Borderlines: the two commands of the README, and a few for development.
SHELL := /bin/bash
SWIFT ?= swift
BIN := .build/release/borderlines

.PHONY: atlas test build deps test-deps clean

## Install what is missing, build in release mode and render the bundled data into Renders/
## (every incident as PNG, SVG and PDF, timelines, sidecar JSON, Renders/index.md and index.html).
atlas: deps
	$(SWIFT) build -c release --product borderlines --static-swift-stdlib
	$(BIN) validate
	$(BIN) atlas --out Renders

## Install what is missing and run the whole test suite.
## TMPDIR is a directory of the run's own, removed afterwards: the tests clean up after themselves
## (TestScratch), but the Swift toolchain leaves a few empty TemporaryDirectory.* on every run.
test: test-deps
	tmp=$$(mktemp -d "$${TMPDIR:-/tmp}/borderlines-make-test.XXXXXX") || exit 1; trap 'rm -rf "$$tmp"' EXIT; \
	TMPDIR="$$tmp" $(SWIFT) test --disable-swift-testing 2>&1 | tee .build-test.log; \
	status=$${PIPESTATUS[0]}; scripts/test-summary.sh .build-test.log; exit $$status

deps:
	scripts/bootstrap.sh

test-deps:
	scripts/bootstrap.sh --test-tools

build: deps
	$(SWIFT) build -c release --product borderlines --static-swift-stdlib

clean:
	rm -rf .build
