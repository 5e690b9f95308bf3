"""The stages of an answer, each a small module with typed input and output.

``bot/assistant.py`` reads top to bottom through them:

1. :mod:`.reading`      the message: normalised text, language, query analysis, safety signals
2. (facts)              ``knowledge.facts.extract_facts``, once, kept by the conversation
3. :mod:`.grounding`    retrieval and the situation rules that fit (Grounding)
4. :mod:`.calculation`  the worker's own figures, or the question for a missing one (CalculationStep)
5. :mod:`.assessment`   triage: why a person should take over now, the worker's own deadline (Assessment)
6. :mod:`.offline`      composition from rules, quotations and playbooks (Answer)
7. :mod:`.rewrite`      the optional LLM rewrite behind the citation guard
   :mod:`.protective`   the crisis and refusal replies, which leave the pipeline at stage 1
"""
