// placeholder: the runner is being written
export {};
