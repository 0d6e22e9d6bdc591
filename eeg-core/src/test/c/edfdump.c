/*
 * edfdump: the independent side of seizmon's EDF cross-check. Opens an EDF/EDF+/BDF/BDF+ file with EDFlib
 * (Teunis van Beelen, Debian libedf-dev) and prints, as text, what the Java reader must agree with:
 *
 *   filetype <EDFlib filetype>
 *   signals <n data signals>            (EDFlib hides annotation signals)
 *   records <n data records>
 *   signal <i> <samples per record> <samples in file> <label>
 *   first <i> <v0> <v1> ...             (the first N physical samples, %.17g)
 *   middle <i> <start> <v> ...          (N physical samples from sample index samples_in_file / 2)
 *   annotation <onset 100 ns> <duration 100 ns or -1> <text>
 *
 * On a file EDFlib refuses it prints "refused <code>" and exits 2.
 * Build: cc -O1 -o edfdump edfdump.c -ledf      Run: edfdump FILE N
 */
#include <stdio.h>
#include <stdlib.h>
#include <edflib.h>

static void dump(int handle, const char *kind, int signal, long long start, int n)
{
    double *buf = malloc(sizeof(double) * (n > 0 ? n : 1));
    if (edfseek(handle, signal, start, EDFSEEK_SET) != start) {
        printf("seekfailed %d\n", signal);
        free(buf);
        return;
    }
    int got = edfread_physical_samples(handle, signal, n, buf);
    if (*kind == 'f') {
        printf("first %d", signal);
    } else {
        printf("middle %d %lld", signal, start);
    }
    for (int i = 0; i < got; i++) {
        printf(" %.17g", buf[i]);
    }
    printf("\n");
    free(buf);
}

int main(int argc, char **argv)
{
    static struct edf_hdr_struct hdr;
    if (argc != 3) {
        fprintf(stderr, "usage: edfdump FILE N\n");
        return 1;
    }
    int n = atoi(argv[2]);
    if (edfopen_file_readonly(argv[1], &hdr, EDFLIB_READ_ALL_ANNOTATIONS) < 0) {
        printf("refused %d\n", hdr.filetype);
        return 2;
    }
    int h = hdr.handle;
    printf("filetype %d\nsignals %d\nrecords %lld\n", hdr.filetype, hdr.edfsignals, hdr.datarecords_in_file);
    for (int s = 0; s < hdr.edfsignals; s++) {
        struct edf_param_struct *p = &hdr.signalparam[s];
        long long smp = p->smp_in_file;
        printf("signal %d %d %lld %s\n", s, p->smp_in_datarecord, smp, p->label);
        dump(h, "first", s, 0, smp < n ? (int) smp : n);
        long long mid = smp / 2;
        dump(h, "middle", s, mid, smp - mid < n ? (int) (smp - mid) : n);
    }
    for (long long i = 0; i < hdr.annotations_in_file; i++) {
        struct edf_annotation_struct a;
        if (edf_get_annotation(h, (int) i, &a) == 0) {
            printf("annotation %lld %lld %s\n", a.onset, a.duration_l, a.annotation);
        }
    }
    edfclose_file(h);
    return 0;
}
