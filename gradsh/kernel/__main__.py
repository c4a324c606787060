"""``python -m gradsh.kernel -f CONNECTION_FILE``: what the kernel spec runs."""
from ipykernel.kernelapp import IPKernelApp

from gradsh.kernel.kernel import GradshKernel

if __name__ == "__main__":
    IPKernelApp.launch_instance(kernel_class=GradshKernel)
