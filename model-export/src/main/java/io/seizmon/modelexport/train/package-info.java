/**
 * Training the periodogram classifier in plain Java: a small multilayer perceptron ({@link
 * io.seizmon.modelexport.train.Mlp}, {@link io.seizmon.modelexport.train.MlpPass}) trained with Adam on
 * class-weighted cross-entropy ({@link io.seizmon.modelexport.train.MlpTrainer}), early stopping on a grouped
 * validation split, the optional dual network ({@link io.seizmon.modelexport.train.HardNegatives}), and grouped,
 * stratified k-fold cross-validation ({@link io.seizmon.modelexport.train.CrossValidation}).
 *
 * <p>Everything is single-threaded and deterministic for a seed: the same data and options give bit-identical
 * parameters.
 */
package io.seizmon.modelexport.train;
