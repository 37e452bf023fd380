"""Build a tiny, randomly initialised chat model that ``transformers serve`` can load offline.

Not a test module: ``transformers_server.py`` runs it with the python of ``.venv-tserve``
(which has torch and transformers; the SDK's venv does not)::

    .venv-tserve/bin/python tests/e2e/build_tiny_model.py OUT_DIR

It writes a ~300-token byte-level BPE tokenizer (trained here on a few sentences, with a chat
template) and a 1-layer ``LlamaForCausalLM`` with hidden size 32 (~20k parameters). Nothing is
downloaded. The weights are seeded, so the model's (gibberish) text is deterministic;
``min_new_tokens`` and suppressed special tokens keep the text from being empty.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

CORPUS = [
    "Hello there, how are you today?",
    "The quick brown fox jumps over the lazy dog.",
    "An SDK talks to a server that streams events back to the client.",
    "Tokens arrive one at a time, and the client joins the deltas into text.",
    "What is the weather like in Paris? It is sunny and warm.",
    "Numbers like 1, 2, 3 and 42 appear in text too.",
]
SPECIAL_TOKENS = ["<unk>", "<s>", "</s>", "<pad>"]
CHAT_TEMPLATE = (
    "{% for message in messages %}"
    "{{ '<s>' + message['role'] + ': ' }}"
    "{% if message['content'] is string %}{{ message['content'] }}"
    "{% else %}{% for part in message['content'] %}"
    "{% if part['type'] == 'text' %}{{ part['text'] }}{% endif %}"
    "{% endfor %}{% endif %}"
    "{{ '</s>' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<s>assistant: ' }}{% endif %}"
)
MIN_NEW_TOKENS = 4


def _suppressed(tokenizer: Any) -> list[int]:
    """Ids the model must never emit: all but the end-of-text token and plain-ASCII words.

    Special tokens decode to "" (the text could end up empty); lone bytes of a multi-byte
    character decode to U+FFFD and control bytes to unprintable text. What is left joins into
    the same string whether it is decoded token by token (the stream's deltas) or at once.
    """
    suppressed = []
    for token_id in range(len(tokenizer)):
        if token_id == tokenizer.eos_token_id:
            continue
        text = tokenizer.decode([token_id])
        special = token_id in tokenizer.all_special_ids
        if special or not (text.isascii() and text.isprintable() and text.strip()):
            suppressed.append(token_id)
    return suppressed


def build(out_dir: Path) -> None:
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import (
        GenerationConfig,
        LlamaConfig,
        LlamaForCausalLM,
        PreTrainedTokenizerFast,
    )

    out_dir.mkdir(parents=True, exist_ok=True)

    raw = Tokenizer(models.BPE(unk_token="<unk>"))
    raw.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    raw.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=300,
        special_tokens=SPECIAL_TOKENS,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
    )
    raw.train_from_iterator(CORPUS * 4, trainer=trainer)
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=raw,
        unk_token="<unk>",
        bos_token="<s>",
        eos_token="</s>",
        pad_token="<pad>",
    )
    tokenizer.chat_template = CHAT_TEMPLATE
    tokenizer.save_pretrained(out_dir)

    torch.manual_seed(0)
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=1,
        num_attention_heads=4,
        num_key_value_heads=4,
        max_position_embeddings=512,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
        tie_word_embeddings=True,
        # far above the default 0.02: near-flat logits make greedy decoding repeat one token
        initializer_range=1.0,
    )
    model = LlamaForCausalLM(config)
    model.generation_config = GenerationConfig(
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
        do_sample=False,
        min_new_tokens=MIN_NEW_TOKENS,
        max_new_tokens=32,
        suppress_tokens=_suppressed(tokenizer),
    )
    model.save_pretrained(out_dir)
    print(f"built {sum(p.numel() for p in model.parameters())} parameters into {out_dir}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(f"usage: {sys.argv[0]} OUT_DIR")
    build(Path(sys.argv[1]))
