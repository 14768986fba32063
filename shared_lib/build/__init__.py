"""Scripts that build the course's own model: the tokenizer and the pretraining run.

python -m shared_lib.build.pretrain --minutes 15     # tokenizer + model -> shared_lib/assets/course-tiny
"""
