"""Language models: the llama.cpp engine, chat templates and the context budget."""
