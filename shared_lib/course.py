"""The course's fixed facts: its modules and the exam's domains. Plain data, no imports."""

MODULES = {
    "00_orientation": "Orientation: the customization ladder, FM lifecycle, how the course works",
    "01_prompt_engineering": "Prompt engineering",
    "02_rag": "Retrieval-augmented generation",
    "03_full_finetuning": "Full (instruction) fine-tuning",
    "04_evaluation": "Evaluation",
    "05_lora_adapters": "LoRA and adapters",
    "06_prefix_prompt_tuning": "Prefix tuning and prompt tuning",
    "07_continued_pretraining": "Continued pre-training",
    "08_rlhf_dpo": "RLHF and DPO",
    "09_aws": "Fine-tuning on AWS",
    "10_distillation_capstone": "Distillation and the capstone",
}

# AIF-C01 domains, their exam weights, and their task statements.
DOMAINS = {
    1: ("Fundamentals of AI and ML", 0.20),
    2: ("Fundamentals of Generative AI", 0.24),
    3: ("Applications of Foundation Models", 0.28),
    4: ("Guidelines for Responsible AI", 0.14),
    5: ("Security, Compliance, and Governance for AI Solutions", 0.14),
}

TASKS = {
    "1.1": "Explain basic AI concepts and terminologies",
    "1.2": "Identify practical use cases for AI",
    "1.3": "Describe the ML development lifecycle",
    "2.1": "Explain the basic concepts of generative AI",
    "2.2": "Understand the capabilities and limitations of generative AI for solving business problems",
    "2.3": "Describe AWS infrastructure and technologies for building generative AI applications",
    "3.1": "Describe design considerations for applications that use foundation models",
    "3.2": "Choose effective prompt engineering techniques",
    "3.3": "Describe the training and fine-tuning process for foundation models",
    "3.4": "Describe methods to evaluate foundation model performance",
    "4.1": "Explain the development of AI systems that are responsible",
    "4.2": "Recognize the importance of transparent and explainable models",
    "5.1": "Explain methods to secure AI systems",
    "5.2": "Recognize governance and compliance regulations for AI systems",
}
